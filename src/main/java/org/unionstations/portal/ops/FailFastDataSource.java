package org.unionstations.portal.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, told to give up at once while the database is known to be away.
 * Hikari makes every caller wait its whole connection timeout (5 s) for a connection it
 * cannot open, and one request of the portal may ask several times (the session check,
 * the sign-in throttle, the save): users waited 15 s for "database unavailable", and
 * longer for the sign-in page. Here, once a connection could not be had and the pool
 * holds none at all, callers are refused immediately
 * ({@link SQLTransientConnectionException}, SQLSTATE 08001, which the portal reports as
 * the database being unavailable), and the pool is asked again in the background, by one
 * virtual thread at a time and at most every {@link #RETRY_AFTER}, while requests keep
 * coming. The first connection the pool hands out again ends the outage for everyone; so
 * does the pool refilling itself. With a connection in the pool (a busy pool rather than
 * an unreachable database) nothing is refused early.
 */
final class FailFastDataSource extends DelegatingDataSource {

	static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private static final Logger log = LoggerFactory.getLogger(FailFastDataSource.class);

	private final HikariDataSource pool;

	/** When the last connection could not be had ({@link System#nanoTime()}); 0: none. */
	private final AtomicLong failedAt = new AtomicLong();

	private final AtomicBoolean asking = new AtomicBoolean();

	FailFastDataSource(HikariDataSource pool) {
		super(pool);
		this.pool = pool;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connection(null, null);
	}

	@Override
	public Connection getConnection(@Nullable String username, @Nullable String password) throws SQLException {
		return connection(username, password);
	}

	/** True while callers are refused without asking the pool. */
	boolean refusing() {
		return failedAt.get() != 0 && !poolHoldsConnections();
	}

	private Connection connection(@Nullable String username, @Nullable String password) throws SQLException {
		long failed = failedAt.get();
		if (failed == 0 || poolHoldsConnections()) {
			return ask(username, password);
		}
		long since = System.nanoTime() - failed;
		if (since >= RETRY_AFTER.toNanos() && asking.compareAndSet(false, true)) {
			Thread.ofVirtual().name("portal-database-retry").start(this::askInBackground);
		}
		throw new SQLTransientConnectionException("The database is unavailable: the last attempt to connect failed "
				+ since / 1_000_000 + " ms ago and the pool holds no connection", "08001");
	}

	private Connection ask(@Nullable String username, @Nullable String password) throws SQLException {
		try {
			Connection connection = username == null ? super.getConnection() : super.getConnection(username, password);
			if (failedAt.get() != 0) {
				failedAt.set(0);
			}
			return connection;
		}
		catch (SQLTransientConnectionException ex) {
			if (!poolHoldsConnections() && failedAt.getAndSet(System.nanoTime()) == 0) {
				log.warn("The database cannot be reached ({}); requests are told so at once until it answers again",
						ex.getMessage());
			}
			throw ex;
		}
	}

	private void askInBackground() {
		try (Connection connection = pool.getConnection()) {
			failedAt.set(0);
			log.info("The database answers again");
		}
		catch (SQLException | RuntimeException ex) {
			failedAt.set(System.nanoTime());
			log.debug("The database is still unavailable: {}", ex.toString());
		}
		finally {
			asking.set(false);
		}
	}

	/** True also before the pool has started: nothing is known against it yet. */
	private boolean poolHoldsConnections() {
		HikariPoolMXBean state = pool.getHikariPoolMXBean();
		return state == null || state.getTotalConnections() > 0;
	}

}
