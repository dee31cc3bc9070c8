package org.unionstations.portal.coverage;

import java.util.UUID;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionstations.portal.coverage.CoverageRunRepository.DistanceBatch;
import org.unionstations.portal.coverage.CoverageRunRepository.RunRow;

/**
 * A run's distance phase: the exact distance from every uncovered point to its nearest
 * counted station, stored in {@code coverage_run_distance} in batches of {@link #BATCH}
 * points, each batch in its own transaction (so the progress shows and a batch is all
 * that a restart loses). Started by {@link CoverageService#run} once the run is
 * committed, on one background thread for the whole portal (two cores: a second phase
 * would only slow the first and the users' own analyses), newest run first; a phase
 * interrupted goes on after the last point stored.
 */
@Component
class CoverageRunDistances implements DisposableBean {

	/** Points per batch: a few tenths of a second of KNN probes each. */
	static final int BATCH = 5_000;

	private static final Logger log = LoggerFactory.getLogger(CoverageRunDistances.class);

	/**
	 * One thread; the newest run waiting goes first (its user is the one most likely
	 * still looking at it), older ones after it.
	 */
	/** The phases queued or running, by run. */
	private final Map<UUID, CompletableFuture<Void>> phases = new ConcurrentHashMap<>();

	private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new NewestFirst(),
			r -> {
				Thread t = new Thread(r, "coverage-distances");
				t.setDaemon(true);
				return t;
			});

	private final CoverageRunRepository runs;

	private final CoverageSpatialRepository spatial;

	private final TransactionTemplate transaction;

	CoverageRunDistances(CoverageRunRepository runs, CoverageSpatialRepository spatial,
			PlatformTransactionManager transactions) {
		this.runs = runs;
		this.spatial = spatial;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Queues the run's distance phase on the background thread. */
	void start(UUID run) {
		phase(run);
	}

	/**
	 * Completes when the run's background distance phase has stored every distance (at
	 * once when it already has; a phase lost with a restart is queued again), or fails as
	 * the phase did. Watchers wait for the one phase instead of computing beside it.
	 */
	CompletableFuture<Void> whenDone(UUID run) {
		CompletableFuture<Void> running = phases.get(run);
		if (running != null) {
			return running;
		}
		if (runs.require(run).distancesReady()) {
			return CompletableFuture.completedFuture(null);
		}
		return phase(run);
	}

	private CompletableFuture<Void> phase(UUID run) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		CompletableFuture<Void> earlier = phases.putIfAbsent(run, done);
		if (earlier != null) {
			return earlier;
		}
		worker.execute(() -> {
			try {
				compute(run, new Cancellation(pid -> {
				}), Progress.NONE);
				done.complete(null);
			}
			catch (CoverageRunExpiredException e) {
				// the run went (cleaned up) while its distances were being computed
				log.debug("coverage run {} went before its distances were complete", run);
				done.completeExceptionally(e);
			}
			catch (RuntimeException e) {
				log.warn("distance phase of coverage run {} failed", run, e);
				done.completeExceptionally(e);
			}
			finally {
				phases.remove(run, done);
			}
		});
		return done;
	}

	/**
	 * The distance phase on the calling thread, until every distance is stored:
	 * {@code progress} reports the share done after each batch. Batches join the caller's
	 * transaction if there is one.
	 */
	void compute(UUID run, Cancellation cancellation, Progress progress) {
		long after = transaction.execute(status -> runs.lastDistanceId(run));
		while (true) {
			cancellation.throwIfCancelled();
			long from = after;
			Step step = transaction.execute(status -> {
				RunRow row = runs.find(run).orElseThrow(() -> new CoverageRunExpiredException(run));
				if (row.distancesReady()) {
					return new Step(null, row);
				}
				spatial.useAnalysisSettings();
				return new Step(runs.distanceBatch(row, from, BATCH), row);
			});
			if (step.batch() == null || step.batch().points() < BATCH) {
				progress.report("coverage.progress.distances", 1);
				return;
			}
			after = step.batch().lastId();
			long done = step.row().distancesDone() + step.batch().stored();
			progress.report("coverage.progress.distances",
					step.row().uncoveredPoints() == 0 ? 1 : Math.min(1, (double) done / step.row().uncoveredPoints()));
		}
	}

	private record Step(DistanceBatch batch, RunRow row) {
	}

	/** A work queue that hands out the task queued last first. */
	private static final class NewestFirst extends LinkedBlockingDeque<Runnable> {

		@Override
		public boolean offer(Runnable task) {
			return offerFirst(task);
		}

	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

}
