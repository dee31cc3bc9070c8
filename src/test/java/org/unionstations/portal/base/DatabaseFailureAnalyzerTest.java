package org.unionstations.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseFailureAnalyzerTest {

	private final DatabaseFailureAnalyzer analyzer = new DatabaseFailureAnalyzer();

	@Test
	void an_unreachable_database_becomes_one_sentence_with_what_to_do() {
		var failure = new IllegalStateException("Failed to initialize pool",
				new SQLException("Connection to localhost:5432 refused.", "08001"));
		FailureAnalysis analysis = analyzer.analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).startsWith("The portal cannot reach its PostgreSQL/PostGIS database")
			.contains("Connection to localhost:5432 refused.");
		assertThat(analysis.getAction()).contains("scripts/setup.sh").contains("docker compose up -d db");
	}

	@Test
	void a_database_without_postgis_is_named_as_such() {
		var failure = new RuntimeException("Migration V1__foundation.sql failed",
				new SQLException("ERROR: extension \"postgis\" is not available", "0A000"));
		assertThat(analyzer.analyze(failure).getDescription()).startsWith("The portal database has no PostGIS");
	}

	@Test
	void other_failures_are_left_to_spring_boot() {
		assertThat(analyzer.analyze(new IllegalArgumentException("port in use"))).isNull();
	}

}
