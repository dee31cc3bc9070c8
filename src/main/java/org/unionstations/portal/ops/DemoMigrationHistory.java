package org.unionstations.portal.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.pattern.ValidatePattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * One database history for demo and production. A database once started with the demo
 * data ({@code classpath:db/demo}, the demo and test profiles) keeps those migrations in
 * its history; started later without them, Flyway would refuse with "applied migration
 * not resolved locally". When the demo location is not loaded, this looks at the
 * database's history first and lets Flyway pass over missing migrations only when every
 * missing one is a demo migration (its description starts with {@code demo}, as every
 * file under {@code db/demo} must). Any other missing migration is left to Flyway's own
 * validation, which stops the start-up and names it. See decision 0012.
 */
@Component
public class DemoMigrationHistory implements FlywayConfigurationCustomizer {

	/** The demo migrations' folder on the classpath. */
	public static final String DEMO_LOCATION = "db/demo";

	/** How every demo migration's description starts ({@code V9_1__demo_...}). */
	public static final String DEMO_PREFIX = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoMigrationHistory.class);

	@Override
	public void customize(FluentConfiguration configuration) {
		if (loadsDemoData(configuration)) {
			return;
		}
		List<MigrationInfo> missing = missingMigrations(configuration);
		if (missing.isEmpty() || !missing.stream().allMatch(DemoMigrationHistory::isDemo)) {
			return;
		}
		ValidatePattern[] patterns = Stream
			.concat(Arrays.stream(configuration.getIgnoreMigrationPatterns()),
					Stream.of(ValidatePattern.fromPattern("*:missing")))
			.toArray(ValidatePattern[]::new);
		configuration.ignoreMigrationPatterns(patterns);
		log.info("This database was started with the demo data once: its {} demo migrations stay in its history "
				+ "and are not looked for without the demo profile.", missing.size());
	}

	static boolean loadsDemoData(FluentConfiguration configuration) {
		return Arrays.stream(configuration.getLocations())
			.map(Location::getPath)
			.anyMatch(path -> path.equals(DEMO_LOCATION) || path.endsWith("/" + DEMO_LOCATION));
	}

	/** Migrations in the database's history that this build does not have. */
	private static List<MigrationInfo> missingMigrations(FluentConfiguration configuration) {
		Flyway flyway = Flyway.configure(configuration.getClassLoader()).configuration(configuration).load();
		return Arrays.stream(flyway.info().all())
			.filter(m -> m.getState().isApplied() && !m.getState().isResolved())
			// a migration newer than this build ("future") is Flyway's own business
			.filter(m -> !m.getState().name().startsWith("FUTURE"))
			.toList();
	}

	/** True for a migration from {@code db/demo}, judged by its description. */
	public static boolean isDemo(MigrationInfo migration) {
		return isDemoDescription(migration.getDescription());
	}

	public static boolean isDemoDescription(String description) {
		return description.toLowerCase(Locale.ROOT).startsWith(DEMO_PREFIX);
	}

}
