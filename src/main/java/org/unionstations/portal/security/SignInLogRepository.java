package org.unionstations.portal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionstations.portal.base.ClockConfig;

/**
 * The sign-in log in SQL: one row per attempt; the throttle's reads of recent failures
 * (each an index range scan, see V10) and the admin's filtered, paged reads, newest
 * first.
 */
@Repository
class SignInLogRepository {

	/**
	 * The most failures one throttle question reads; more would not change the answer.
	 */
	static final int FAILURES_READ = 500;

	private static final String FAILURE = "outcome IN ('BAD_CREDENTIALS', 'DISABLED')";

	private static final String FILTER = """
			WHERE (CAST(:username AS varchar) IS NULL OR username ILIKE :username ESCAPE '\\')
			  AND (CAST(:outcome AS varchar) IS NULL OR outcome = :outcome)
			  AND (CAST(:from AS timestamptz) IS NULL OR attempted_at >= :from)
			  AND (CAST(:until AS timestamptz) IS NULL OR attempted_at < :until)
			""";

	private final JdbcClient jdbc;

	SignInLogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Instant at, SignInAttempt attempt, SignInOutcome outcome) {
		jdbc.sql("""
				INSERT INTO sign_in_log (attempted_at, username, address, user_agent, outcome)
				VALUES (:at, :username, :address, :userAgent, :outcome)""")
			.param("at", Timestamp.from(at))
			.param("username", attempt.username())
			.param("address", attempt.address())
			.param("userAgent", attempt.userAgent())
			.param("outcome", outcome.name())
			.update();
	}

	/**
	 * Failures for a username (any case) after {@code since} and up to {@code now},
	 * oldest first; only those after the username's last successful sign-in, which ends a
	 * run of failures (only the password's owner can cause it).
	 */
	List<Instant> failuresForUsername(String username, Instant since, Instant now) {
		return oldestFirst(jdbc.sql("""
				SELECT attempted_at FROM sign_in_log
				WHERE lower(username) = lower(:username) AND %s
				  AND attempted_at > greatest(:since, (SELECT max(attempted_at) FROM sign_in_log
				      WHERE lower(username) = lower(:username) AND outcome = 'SUCCESS'
				        AND attempted_at > :since AND attempted_at <= :now))
				  AND attempted_at <= :now
				ORDER BY attempted_at DESC LIMIT %d""".formatted(FAILURE, FAILURES_READ))
			.param("username", username)
			.param("since", Timestamp.from(since))
			.param("now", Timestamp.from(now))
			.query(Timestamp.class)
			.list());
	}

	/**
	 * Failures from an address after {@code since} and up to {@code now}, oldest first.
	 */
	List<Instant> failuresFromAddress(String address, Instant since, Instant now) {
		return oldestFirst(jdbc.sql("""
				SELECT attempted_at FROM sign_in_log
				WHERE address = :address AND %s AND attempted_at > :since AND attempted_at <= :now
				ORDER BY attempted_at DESC LIMIT %d""".formatted(FAILURE, FAILURES_READ))
			.param("address", address)
			.param("since", Timestamp.from(since))
			.param("now", Timestamp.from(now))
			.query(Timestamp.class)
			.list());
	}

	List<SignInEntry> page(SignInLogFilter filter, long offset, int limit) {
		return jdbc
			.sql("SELECT * FROM sign_in_log " + FILTER + " ORDER BY attempted_at DESC, id DESC LIMIT " + limit
					+ " OFFSET " + offset)
			.params(params(filter))
			.query(SignInLogRepository::entry)
			.list();
	}

	long count(SignInLogFilter filter) {
		return jdbc.sql("SELECT count(*) FROM sign_in_log " + FILTER).params(params(filter)).query(Long.class).single();
	}

	/**
	 * The filter as SQL parameters; its days run from midnight to midnight in China
	 * Standard Time.
	 */
	private static Map<String, @Nullable Object> params(SignInLogFilter filter) {
		String username = filter.username();
		LocalDate from = filter.from();
		LocalDate to = filter.to();
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("username", username == null ? null : "%" + likeEscaped(username) + "%");
		params.put("outcome", filter.outcome() == null ? null : filter.outcome().name());
		params.put("from", from == null ? null : Timestamp.from(from.atStartOfDay(ClockConfig.ZONE).toInstant()));
		params.put("until",
				to == null ? null : Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfig.ZONE).toInstant()));
		return params;
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static List<Instant> oldestFirst(List<Timestamp> newestFirst) {
		List<Instant> times = new ArrayList<>(newestFirst.size());
		newestFirst.forEach(t -> times.add(t.toInstant()));
		Collections.reverse(times);
		return times;
	}

	private static SignInEntry entry(ResultSet rs, int row) throws SQLException {
		return new SignInEntry(rs.getLong("id"), rs.getTimestamp("attempted_at").toInstant(), rs.getString("username"),
				rs.getString("address"), rs.getString("user_agent"), SignInOutcome.valueOf(rs.getString("outcome")));
	}

}
