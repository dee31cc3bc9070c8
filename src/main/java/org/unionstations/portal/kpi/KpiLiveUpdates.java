package org.unionstations.portal.kpi;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.unionstations.portal.district.DistrictsChanged;
import org.unionstations.portal.operator.ServiceReportSaved;
import org.unionstations.portal.programme.ProgrammeChanged;
import org.unionstations.portal.station.StationsChanged;

/**
 * Carries committed changes to every open board: a monthly report saved, a programme
 * record written, progress recorded, a target edited, a station saved (open stations).
 * The cached boards are forgotten first, then each subscriber (one per open board) is
 * told on its own virtual thread, so the save that caused it returns at once and one slow
 * browser delays no other. Changes committed by another instance on the same database
 * arrive through PostgreSQL notifications ({@link LiveNotifications},
 * {@link LiveNotificationListener}) and take the same way from {@link #apply}.
 */
@Component
public class KpiLiveUpdates {

	private static final Logger log = LoggerFactory.getLogger(KpiLiveUpdates.class);

	private final Set<Consumer<KpiUpdate>> subscribers = ConcurrentHashMap.newKeySet();

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final KpiService kpis;

	private final Clock clock;

	KpiLiveUpdates(KpiService kpis, Clock clock) {
		this.kpis = kpis;
		this.clock = clock;
	}

	/** Subscribes a board; run the returned action when the board closes. */
	public Runnable subscribe(Consumer<KpiUpdate> subscriber) {
		subscribers.add(subscriber);
		return () -> subscribers.remove(subscriber);
	}

	public int subscriberCount() {
		return subscribers.size();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ServiceReportSaved event) {
		apply(LiveChange.of(event));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ProgrammeChanged event) {
		apply(LiveChange.of(event));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(KpiProgressChanged event) {
		apply(LiveChange.of(event));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StationsChanged event) {
		apply(LiveChange.of(event));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(DistrictsChanged event) {
		apply(LiveChange.of(event));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(KpiTargetChanged event) {
		apply(LiveChange.of(event));
	}

	/** Forgets every cached board and tells every subscriber. */
	public void changed(String cause) {
		apply(LiveChange.everything(cause));
	}

	/**
	 * Forgets the cached figures of the sources changed (the other cards of a board stay
	 * as computed; no source named: everything) and tells every subscriber. Changes
	 * committed here come from the event listeners above, changes committed by another
	 * instance from {@link LiveNotificationListener}.
	 */
	void apply(LiveChange change) {
		if (change.everything()) {
			kpis.invalidate();
		}
		else {
			kpis.invalidate(EnumSet.copyOf(change.sources()));
		}
		tell(change.cause());
	}

	private void tell(String cause) {
		KpiUpdate update = new KpiUpdate(cause, clock.instant(), System.nanoTime());
		for (Consumer<KpiUpdate> subscriber : subscribers) {
			executor.execute(() -> {
				try {
					subscriber.accept(update);
				}
				catch (RuntimeException ex) {
					log.warn("A board could not take a live update: {}", ex.toString());
				}
			});
		}
	}

	@PreDestroy
	void close() {
		executor.shutdownNow();
	}

}
