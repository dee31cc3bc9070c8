package org.unionstations.portal.ops;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own for one test, made and dropped as the PostgreSQL superuser the
 * way scripts/setup.sh makes the portal's (owned by the portal's role, PostGIS created by
 * the superuser). Named after this engineer's or CI's test database, so concurrent runs
 * on one machine do not meet.
 */
public final class ScratchDatabase implements AutoCloseable {

	private static final String HOST = env("PORTAL_DB_HOST", "localhost");

	private static final String PORT = env("PORTAL_DB_PORT", "5432");

	private static final String USER = env("PORTAL_DB_USER", "unionstations");

	private static final String PASSWORD = env("PORTAL_DB_PASSWORD", "unionstations");

	private static final String SUPERUSER = env("PORTAL_DB_SUPERUSER", "postgres");

	private final String name;

	private ScratchDatabase(String name) {
		this.name = name;
	}

	/**
	 * A new empty database {@code <test database>_<suffix>}, dropped first if an earlier
	 * run left it behind.
	 */
	public static ScratchDatabase create(String suffix, boolean postgis) throws SQLException {
		String name = env("PORTAL_TEST_DB_NAME", "unionstations_test") + "_" + suffix;
		try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			s.execute("CREATE DATABASE " + name + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");
		}
		if (postgis) {
			try (Connection c = superuser(name); Statement s = c.createStatement()) {
				s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
			}
		}
		return new ScratchDatabase(name);
	}

	public String name() {
		return name;
	}

	public String url() {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name + "?currentSchema=portal,public";
	}

	/** Connections as the portal's own role, as the portal makes them. */
	public DataSource dataSource() {
		return new DriverManagerDataSource(url(), USER, PASSWORD);
	}

	public JdbcClient jdbc() {
		return JdbcClient.create(dataSource());
	}

	/** Flyway set up as application.properties sets it, with these locations. */
	public FluentConfiguration flyway(String... locations) {
		return new FluentConfiguration().dataSource(dataSource())
			.schemas("portal")
			.defaultSchema("portal")
			.locations(locations);
	}

	@Override
	public void close() throws SQLException {
		try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	private static Connection superuser(String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, SUPERUSER,
				env("PORTAL_DB_SUPERUSER_PASSWORD", ""));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
