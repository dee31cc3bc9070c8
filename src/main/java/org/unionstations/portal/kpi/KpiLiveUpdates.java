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
 * browser delays no other.
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
		changed("report", EnumSet.of(KpiSource.PEOPLE_SERVED));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ProgrammeChanged event) {
		changed("programme", EnumSet.of(switch (event.programme()) {
			case SMART_UPGRADE -> KpiSource.SMART_UPGRADES_ACCEPTED;
			case LEGAL_SERVICE -> KpiSource.LEGAL_SERVICE_POSTS;
			case FLAGSHIP -> KpiSource.FLAGSHIPS_AWARDED;
		}));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(KpiProgressChanged event) {
		changed("progress", EnumSet.of(KpiSource.REPORTED));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StationsChanged event) {
		changed("station");
	}

	/** An import moved stations between districts: the district figures changed. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(DistrictsChanged event) {
		changed("districts");
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(KpiTargetChanged event) {
		changed("target");
	}

	/** Forgets every cached board and tells every subscriber. */
	public void changed(String cause) {
		kpis.invalidate();
		tell(cause);
	}

	/**
	 * Forgets the cached figures of the sources changed (the other cards of a board stay
	 * as computed) and tells every subscriber. A station saved forgets everything (its
	 * status, type or district may move any figure), a report only people served.
	 */
	void changed(String cause, Set<KpiSource> sources) {
		kpis.invalidate(EnumSet.copyOf(sources));
		tell(cause);
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
