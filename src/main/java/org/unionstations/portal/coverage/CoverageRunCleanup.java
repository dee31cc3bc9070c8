package org.unionstations.portal.coverage;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes old coverage runs: those computed more than {@link #KEEP} ago, and all but the
 * {@link #KEEP_RUNS} newest. Two hours hold a planner's session with one result (the
 * results stay what they were when computed, so they should not outlive the afternoon
 * they were made for); twenty runs bound the disk used — a province run holds about
 * 100,000 covered and 400,000 uncovered rows, tens of MB — while leaving a run to each of
 * a handful of planners with several tabs open. A removed run's view asks for a new run
 * ({@link CoverageRunExpiredException}). Runs at start-up (runs of an earlier process
 * whose views are gone), every {@link #EVERY}, and after each new run.
 */
@Component
class CoverageRunCleanup implements DisposableBean {

	static final Duration KEEP = Duration.ofHours(2);

	static final int KEEP_RUNS = 20;

	static final Duration EVERY = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(CoverageRunCleanup.class);

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "coverage-run-cleanup");
		t.setDaemon(true);
		return t;
	});

	private final CoverageRunRepository runs;

	private final Clock clock;

	CoverageRunCleanup(CoverageRunRepository runs, Clock clock) {
		this.runs = runs;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		timer.scheduleWithFixedDelay(() -> {
			removeOldQuietly();
			try {
				runs.deleteOrphans();
			}
			catch (RuntimeException e) {
				log.warn("could not remove the rows of removed coverage runs", e);
			}
		}, 0, EVERY.toSeconds(), TimeUnit.SECONDS);
	}

	/** Soon, on the cleanup thread (after a new run). */
	void soon() {
		timer.execute(this::removeOldQuietly);
	}

	/** Removes the old runs now, on the calling thread; how many went. */
	int removeOld() {
		return runs.deleteOld(clock.instant().minus(KEEP), KEEP_RUNS);
	}

	private void removeOldQuietly() {
		try {
			int removed = removeOld();
			if (removed > 0) {
				log.debug("removed {} old coverage runs", removed);
			}
		}
		catch (RuntimeException e) {
			log.warn("could not remove old coverage runs", e);
		}
	}

	@Override
	public void destroy() {
		timer.shutdownNow();
	}

}
