package org.unionstations.portal.kpi;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionstations.portal.district.DistrictsChanged;
import org.unionstations.portal.operator.ServiceReportSaved;
import org.unionstations.portal.programme.ProgrammeChanged;
import org.unionstations.portal.station.StationsChanged;

/**
 * Tells the other portal instances on this database what changed, through PostgreSQL's
 * {@code NOTIFY} on channel {@value #CHANNEL}. Sent inside the writer's transaction (a
 * plain {@link EventListener}, not after the commit): PostgreSQL delivers a notification
 * only when its transaction commits, so a save that rolls back tells nobody, and one that
 * commits cannot fail to tell (no gap between the commit and a second statement). Each
 * payload names this instance, so its own {@link LiveNotificationListener} passes over
 * what it sent: boards here hear the change from {@link KpiLiveUpdates} after the commit.
 */
@Component
class LiveNotifications {

	/** The channel every instance listens on. */
	static final String CHANNEL = "portal_live";

	private final JdbcClient jdbc;

	/** Who sent a notification: new at every start. */
	private final String instance = UUID.randomUUID().toString();

	LiveNotifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String instance() {
		return instance;
	}

	@EventListener
	void on(ServiceReportSaved event) {
		send(LiveChange.of(event));
	}

	@EventListener
	void on(ProgrammeChanged event) {
		send(LiveChange.of(event));
	}

	@EventListener
	void on(KpiProgressChanged event) {
		send(LiveChange.of(event));
	}

	@EventListener
	void on(StationsChanged event) {
		send(LiveChange.of(event));
	}

	@EventListener
	void on(DistrictsChanged event) {
		send(LiveChange.of(event));
	}

	@EventListener
	void on(KpiTargetChanged event) {
		send(LiveChange.of(event));
	}

	/**
	 * {@code pg_notify} on the transaction's own connection (JdbcClient joins the JPA
	 * transaction); PostgreSQL folds identical notifications of one transaction into one.
	 */
	private void send(LiveChange change) {
		jdbc.sql("SELECT pg_notify(:channel, :payload)")
			.param("channel", CHANNEL)
			.param("payload", change.toPayload(instance))
			.query((RowCallbackHandler) row -> {
			});
	}

}
