package org.unionstations.portal.kpi;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears what the other instances on this database committed ({@link LiveNotifications})
 * and hands it to {@link KpiLiveUpdates}, which forgets the cached figures and tells the
 * boards open here, as for a change made here.
 * <p>
 * {@code LISTEN} needs one connection held for as long as the portal runs, so it is a
 * dedicated JDBC connection (same URL, user and password as the pool), not one borrowed
 * from the pool. One daemon thread reads it. When the connection breaks (the database
 * stopped, restarted, or the connection was cut) it connects again after 1 s, doubling up
 * to 15 s, logs once when the outage starts and once when it ends; notifications sent
 * while it was away are lost, so on reconnecting every cached board is forgotten and the
 * boards recompute. Stops with the application context.
 */
@Component
class LiveNotificationListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveNotificationListener.class);

	static final Duration FIRST_RETRY = Duration.ofSeconds(1);

	static final Duration LONGEST_RETRY = Duration.ofSeconds(15);

	/** How long one wait for notifications lasts before the stop flag is read again. */
	private static final int POLL_MILLIS = 1_000;

	/**
	 * A connection silent this long is checked with a round trip: a database host that
	 * vanished without closing the socket is noticed within about this time.
	 */
	private static final long CHECK_IDLE_NANOS = Duration.ofSeconds(10).toNanos();

	private final JdbcConnectionDetails database;

	private final LiveNotifications notifications;

	private final KpiLiveUpdates live;

	private final Driver driver = new Driver();

	private volatile boolean running;

	private volatile @Nullable Thread thread;

	private volatile @Nullable Connection connection;

	private volatile CountDownLatch listening = new CountDownLatch(1);

	private volatile int backendPid;

	LiveNotificationListener(JdbcConnectionDetails database, LiveNotifications notifications, KpiLiveUpdates live) {
		this.database = database;
		this.notifications = notifications;
		this.live = live;
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofPlatform().name("portal-live-listener").daemon().start(this::run);
	}

	@Override
	public void stop() {
		running = false;
		Connection current = connection;
		if (current != null) {
			try {
				// ends a wait for notifications at once
				current.abort(Runnable::run);
			}
			catch (SQLException ex) {
				log.debug("Closing the live-update connection: {}", ex.toString());
			}
		}
		Thread reader = thread;
		if (reader != null) {
			reader.interrupt();
			try {
				reader.join(Duration.ofSeconds(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Waits until the listener is connected and listening (at start, and after a
	 * reconnection); true if it is.
	 */
	boolean awaitListening(Duration timeout) throws InterruptedException {
		return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** The PostgreSQL backend of the listening connection (0 while disconnected). */
	int backendPid() {
		return backendPid;
	}

	private void run() {
		Duration retry = FIRST_RETRY;
		long outageSince = 0;
		boolean everConnected = false;
		while (running) {
			try (Connection c = connect()) {
				connection = c;
				try (Statement sql = c.createStatement()) {
					sql.execute("LISTEN " + LiveNotifications.CHANNEL);
				}
				backendPid = c.unwrap(PGConnection.class).getBackendPID();
				if (outageSince != 0) {
					log.info(
							"Live updates from other instances resumed after {} s; every board is recomputed, "
									+ "changes made meanwhile were not heard",
							(System.nanoTime() - outageSince) / 1_000_000_000);
				}
				if (everConnected) {
					live.apply(LiveChange.everything("resync"));
				}
				everConnected = true;
				outageSince = 0;
				retry = FIRST_RETRY;
				listening.countDown();
				listen(c);
			}
			catch (SQLException | RuntimeException ex) {
				backendPid = 0;
				connection = null;
				if (listening.getCount() == 0) {
					listening = new CountDownLatch(1);
				}
				if (!running) {
					break;
				}
				if (outageSince == 0) {
					outageSince = System.nanoTime();
					log.warn("Live updates from other instances paused: {}; connecting again every {}-{} s",
							ex.toString(), FIRST_RETRY.toSeconds(), LONGEST_RETRY.toSeconds());
				}
				else {
					log.debug("Live updates: still no connection: {}", ex.toString());
				}
				if (!sleep(retry)) {
					break;
				}
				retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
			}
		}
		log.debug("Live-update listener stopped");
	}

	private void listen(Connection c) throws SQLException {
		PGConnection pg = c.unwrap(PGConnection.class);
		long lastHeard = System.nanoTime();
		while (running) {
			PGNotification[] batch = pg.getNotifications(POLL_MILLIS);
			if (batch != null && batch.length > 0) {
				lastHeard = System.nanoTime();
				for (PGNotification notification : batch) {
					heard(notification.getParameter());
				}
			}
			else if (System.nanoTime() - lastHeard > CHECK_IDLE_NANOS) {
				if (!c.isValid(5)) {
					throw new SQLException("the live-update connection stopped answering", "08006");
				}
				lastHeard = System.nanoTime();
			}
		}
	}

	private void heard(String payload) {
		LiveChange.fromPayload(payload).ifPresentOrElse(sent -> {
			if (!sent.instance().equals(notifications.instance())) {
				live.apply(sent.change());
			}
		}, () -> log.warn("Ignored a notification on {} that is not a portal change: {}", LiveNotifications.CHANNEL,
				payload.length() > 200 ? payload.substring(0, 200) + "…" : payload));
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		String user = database.getUsername();
		String password = database.getPassword();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", "5");
		properties.setProperty("tcpKeepAlive", "true");
		Connection c = driver.connect(database.getJdbcUrl(), properties);
		if (c == null) {
			throw new IllegalStateException("Live updates need a PostgreSQL database, not " + database.getJdbcUrl());
		}
		return c;
	}

	private boolean sleep(Duration wait) {
		try {
			Thread.sleep(wait);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
