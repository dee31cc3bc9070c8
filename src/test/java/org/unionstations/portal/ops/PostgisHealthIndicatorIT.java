package org.unionstations.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/** The PostGIS check tells a database that answers but cannot do spatial work. */
class PostgisHealthIndicatorIT {

	@Test
	void up_with_the_postgis_version_where_postgis_is_installed() throws Exception {
		try (ScratchDatabase db = ScratchDatabase.create("health_postgis", true)) {
			Health health = new PostgisHealthIndicator(new JdbcTemplate(db.dataSource())).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(String.valueOf(health.getDetails().get("version"))).startsWith("3.");
		}
	}

	@Test
	void down_where_postgresql_answers_without_postgis() throws Exception {
		try (ScratchDatabase db = ScratchDatabase.create("health_plain", false)) {
			Health health = new PostgisHealthIndicator(new JdbcTemplate(db.dataSource())).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(String.valueOf(health.getDetails().get("error"))).contains("postgis_version");
		}
	}

}
