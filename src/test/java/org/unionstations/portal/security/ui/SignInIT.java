package org.unionstations.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unionstations.portal.PortalIT;

/**
 * Signing in through Spring Security's login endpoint, as the browser's login form does:
 * the demo accounts' passwords are their usernames, and while the database is unreachable
 * the user is told the service is temporarily unavailable, not that the password is
 * wrong.
 */
@PortalIT
class SignInIT {

	@LocalServerPort
	private int port;

	@Value("${spring.datasource.url}")
	private String url;

	@Value("${spring.datasource.username}")
	private String dbUser;

	@Value("${spring.datasource.password}")
	private String dbPassword;

	@Test
	void operator2_signs_in_with_operator2_as_the_readme_says() throws Exception {
		assertThat(signIn("operator2", "operator2")).isEqualTo("/");
		assertThat(signIn("operator2", "operator")).isEqualTo("/login?error");
	}

	@Test
	void during_a_database_outage_sign_in_says_unavailable_and_works_again_afterwards() throws Exception {
		assertThat(signIn("planner", "planner")).isEqualTo("/");
		String database = databaseName();
		try (Connection admin = DriverManager.getConnection(url.replace("/" + database + "?", "/postgres?"), dbUser,
				dbPassword); Statement sql = admin.createStatement()) {
			try {
				// the portal's role owns its test database: it may close it to new
				// sessions and
				// end its own sessions (the connection pool's), no superuser needed
				sql.execute("ALTER DATABASE \"" + database + "\" WITH ALLOW_CONNECTIONS false");
				sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
						+ "' AND usename = current_user AND pid <> pg_backend_pid()");

				assertThat(signIn("planner", "planner")).isEqualTo("/login?unavailable");
				assertThat(signIn("planner", "wrong")).isEqualTo("/login?unavailable");
			}
			finally {
				sql.execute("ALTER DATABASE \"" + database + "\" WITH ALLOW_CONNECTIONS true");
			}
		}
		// recovery: the pool opens new connections once PostgreSQL accepts them again.
		// HikariCP lends a connection used less than half a second ago without checking
		// it (its alive-bypass window), so on a fast run the first attempt may still meet
		// a connection closed during the outage (dropped then) and hear "unavailable";
		// never "wrong password"
		List<String> answers = new ArrayList<>();
		Instant deadline = Instant.now().plusSeconds(10);
		do {
			answers.add(signIn("planner", "planner"));
		}
		while (!answers.getLast().equals("/") && Instant.now().isBefore(deadline));
		assertThat(answers.getLast()).isEqualTo("/");
		assertThat(answers).allMatch(a -> a.equals("/") || a.equals("/login?unavailable"));
		assertThat(signIn("planner", "wrong")).isEqualTo("/login?error");
	}

	/**
	 * Opens the login page and posts its form (with the page's CSRF token); returns where
	 * the portal sends the browser next (its path).
	 */
	private String signIn(String username, String password) throws Exception {
		return new LoginClient(port, "127.0.0.1").signIn(username, password);
	}

	private String databaseName() throws SQLException {
		String afterHost = url.substring(url.indexOf("//") + 2);
		String path = afterHost.substring(afterHost.indexOf('/') + 1);
		return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
	}

}
