package org.unionstations.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

/**
 * One database history for demo and production, on databases of their own: a database
 * once started with the demo data still starts without it, a real missing migration still
 * stops the start, and a database that never had the demo data has none of it.
 */
class DemoMigrationHistoryIT {

	private static final String SCHEMA = "classpath:db/migration";

	private static final String DEMO = "classpath:db/demo";

	private final DemoMigrationHistory history = new DemoMigrationHistory();

	@Test
	void a_database_started_with_the_demo_data_starts_without_it() throws Exception {
		try (ScratchDatabase db = ScratchDatabase.create("demo_history", true)) {
			migrate(db.flyway(SCHEMA, DEMO));
			assertThat(count(db, "station")).isEqualTo(82);
			assertThat(count(db, "app_user")).isEqualTo(5);

			// without the customizer this is the failure production installs met
			Flyway plain = db.flyway(SCHEMA).load();
			assertThatThrownBy(plain::validate).isInstanceOf(FlywayValidateException.class)
				.hasMessageContaining("not resolved locally")
				.hasMessageContaining("1.1");

			FluentConfiguration withoutDemo = db.flyway(SCHEMA);
			history.customize(withoutDemo);
			Flyway flyway = withoutDemo.load();
			flyway.validate();
			assertThat(flyway.migrate().success).isTrue();
			// the demo rows stay: the history is kept, not rewritten
			assertThat(count(db, "station")).isEqualTo(82);
			assertThat(flyway.info().current().getVersion())
				.isEqualTo(db.flyway(SCHEMA).load().info().current().getVersion());
		}
	}

	@Test
	void a_missing_migration_that_is_not_demo_still_stops_the_start() throws Exception {
		try (ScratchDatabase db = ScratchDatabase.create("demo_history_missing", true)) {
			migrate(db.flyway(SCHEMA, DEMO));
			// a migration this build does not have, such as one applied from another
			// branch
			db.jdbc().sql("""
					INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,
					    checksum, installed_by, execution_time, success)
					SELECT max(installed_rank) + 1, '2.5', 'hand fix', 'SQL', 'V2_5__hand_fix.sql', 1,
					    'someone', 1, true FROM flyway_schema_history
					""").update();

			FluentConfiguration withoutDemo = db.flyway(SCHEMA);
			history.customize(withoutDemo);
			assertThatThrownBy(() -> withoutDemo.load().migrate()).isInstanceOf(FlywayValidateException.class)
				.hasMessageContaining("2.5");

			FluentConfiguration withDemo = db.flyway(SCHEMA, DEMO);
			history.customize(withDemo);
			assertThatThrownBy(() -> withDemo.load().migrate()).isInstanceOf(FlywayValidateException.class)
				.hasMessageContaining("2.5");
		}
	}

	@Test
	void a_database_without_the_demo_profile_never_gets_demo_rows() throws Exception {
		try (ScratchDatabase db = ScratchDatabase.create("no_demo", true)) {
			FluentConfiguration production = db.flyway(SCHEMA);
			history.customize(production);
			migrate(production);

			assertThat(count(db, "station")).isZero();
			assertThat(count(db, "app_user")).isZero();
			assertThat(count(db, "district")).isZero();
			assertThat(count(db, "demand_point")).isZero();
			assertThat(db.jdbc()
				.sql("SELECT count(*) FROM flyway_schema_history WHERE description ILIKE 'demo%'")
				.query(Integer.class)
				.single()).isZero();
		}
	}

	private static void migrate(FluentConfiguration configuration) {
		assertThat(configuration.load().migrate().success).isTrue();
	}

	private static int count(ScratchDatabase db, String table) {
		return db.jdbc().sql("SELECT count(*) FROM " + table).query(Integer.class).single();
	}

}
