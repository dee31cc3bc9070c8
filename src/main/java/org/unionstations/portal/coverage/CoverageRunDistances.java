package org.unionstations.portal.coverage;

import java.util.UUID;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
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
 * would only slow the first and the users' own analyses), a batch at a time and the
 * newest run's batch first ({@link NewestFirstSteps}): a run made again with other
 * settings does not wait behind the whole phase of the one it replaces, and no batch
 * starts while a run's covered set is being computed ({@link #ahead}). A phase
 * interrupted goes on after the last point stored.
 */
@Component
class CoverageRunDistances implements DisposableBean {

	/** Points per batch: a few tenths of a second of KNN probes each. */
	static final int BATCH = 5_000;

	private static final Logger log = LoggerFactory.getLogger(CoverageRunDistances.class);

	/** The phases queued or running, by run. */
	private final Map<UUID, CompletableFuture<Void>> phases = new ConcurrentHashMap<>();

	private final NewestFirstSteps worker = new NewestFirstSteps("coverage-distances");

	private final CoverageRunRepository runs;

	private final CoverageSpatialRepository spatial;

	private final TransactionTemplate transaction;

	CoverageRunDistances(CoverageRunRepository runs, CoverageSpatialRepository spatial,
			PlatformTransactionManager transactions) {
		this.runs = runs;
		this.spatial = spatial;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Runs {@code analysis} (a run's covered set, which its user waits for) with the
	 * distance phases held until it is done.
	 */
	<T> T ahead(Supplier<T> analysis) {
		return worker.ahead(analysis);
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
		worker.start(new Phase(run)).whenComplete((result, error) -> {
			if (error == null) {
				done.complete(null);
			}
			else if (error instanceof CoverageRunExpiredException) {
				// the run went (cleaned up) while its distances were being computed
				log.debug("coverage run {} went before its distances were complete", run);
				done.completeExceptionally(error);
			}
			else {
				log.warn("distance phase of coverage run {} failed", run, error);
				done.completeExceptionally(error);
			}
			phases.remove(run, done);
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
			Step step = batch(run, after);
			if (step.last()) {
				progress.report("coverage.progress.distances", 1);
				return;
			}
			after = step.batch().lastId();
			long done = step.row().distancesDone() + step.batch().stored();
			progress.report("coverage.progress.distances",
					step.row().uncoveredPoints() == 0 ? 1 : Math.min(1, (double) done / step.row().uncoveredPoints()));
		}
	}

	/**
	 * The next batch after point {@code after}, in a transaction of its own (or the
	 * caller's).
	 */
	private Step batch(UUID run, long after) {
		return transaction.execute(status -> {
			RunRow row = runs.find(run).orElseThrow(() -> new CoverageRunExpiredException(run));
			if (row.distancesReady()) {
				return new Step(null, row);
			}
			spatial.useAnalysisSettings();
			return new Step(runs.distanceBatch(row, after, BATCH), row);
		});
	}

	/**
	 * A run's phase as background steps: a batch each, from the last point stored (read
	 * when the phase starts, so a phase lost with a restart goes on from there).
	 */
	private final class Phase implements NewestFirstSteps.Job {

		private final UUID run;

		private @Nullable Long after;

		Phase(UUID run) {
			this.run = run;
		}

		@Override
		public boolean step() {
			long from = after != null ? after : transaction.execute(status -> runs.lastDistanceId(run));
			Step step = batch(run, from);
			if (step.last()) {
				return false;
			}
			after = step.batch().lastId();
			return true;
		}

	}

	private record Step(@Nullable DistanceBatch batch, RunRow row) {

		/** Nothing or less than a full batch was left: the phase is done. */
		boolean last() {
			return batch == null || batch.points() < BATCH;
		}

	}

	@Override
	public void destroy() {
		worker.close();
	}

}
