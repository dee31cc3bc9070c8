package org.unionstations.portal.base;

import java.sql.SQLException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns "the database is not there" into one sentence that says what to do, instead of a
 * stack trace. Covers an unreachable server, a missing database or role, and a database
 * without PostGIS.
 */
public class DatabaseFailureAnalyzer implements FailureAnalyzer {

	static final String ACTION = "Run scripts/setup.sh (it installs PostgreSQL with PostGIS and creates the "
			+ "database), or start the Docker database with 'docker compose up -d db'; then start again.";

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("postgis") || message.contains("type \"geometry\" does not exist")
					|| message.contains("type \"geography\" does not exist")) {
				return new FailureAnalysis("The portal database has no PostGIS extension: " + firstLine(t), ACTION, t);
			}
			if (t instanceof SQLException sql && isConnectionProblem(sql)) {
				return new FailureAnalysis("The portal cannot reach its PostgreSQL/PostGIS database: " + firstLine(t),
						ACTION, t);
			}
		}
		return null;
	}

	private static boolean isConnectionProblem(SQLException e) {
		String state = e.getSQLState();
		return state != null && (state.startsWith("08") // connection exception
				|| state.equals("3D000") // database does not exist
				|| state.startsWith("28")); // invalid authorization (role or password)
	}

	private static String firstLine(Throwable t) {
		String message = String.valueOf(t.getMessage());
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

}
