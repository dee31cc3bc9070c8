package org.unionstations.portal.coverage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One background thread that runs long jobs a step at a time, always a step of the job
 * started last: a job started earlier waits at its next step while a newer one runs, and
 * goes on when nothing newer waits. A planner who runs the analysis again gets the thread
 * at the next step instead of after the whole of the run they left.
 */
final class NewestFirstSteps implements AutoCloseable {

	/** A job done in steps. */
	@FunctionalInterface
	interface Job {

		/** Does one step; true while steps remain. */
		boolean step() throws Exception;

	}

	private final AtomicLong started = new AtomicLong();

	private final ThreadPoolExecutor worker;

	/** Work running {@link #ahead} of the steps; guarded by itself. */
	private final int[] ahead = { 0 };

	NewestFirstSteps(String threadName) {
		worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), r -> {
			Thread t = new Thread(r, threadName);
			t.setDaemon(true);
			return t;
		});
	}

	/** Queues {@code job}; completes when its last step has run, or as a step failed. */
	CompletableFuture<Void> start(Job job) {
		Step step = new Step(job, started.incrementAndGet(), new CompletableFuture<>());
		queue(step);
		return step.done;
	}

	/**
	 * Runs {@code work} on the calling thread with the steps held: a step running goes on
	 * to its end, the next one waits until no such work runs. On two cores, a background
	 * step beside the work a user waits for would take half the machine from it.
	 */
	<T> T ahead(Supplier<T> work) {
		synchronized (ahead) {
			ahead[0]++;
		}
		try {
			return work.get();
		}
		finally {
			synchronized (ahead) {
				ahead[0]--;
				ahead.notifyAll();
			}
		}
	}

	private void awaitNothingAhead() throws InterruptedException {
		synchronized (ahead) {
			while (ahead[0] > 0) {
				ahead.wait();
			}
		}
	}

	private void queue(Step step) {
		try {
			worker.execute(step);
		}
		catch (RejectedExecutionException ex) {
			step.done.completeExceptionally(ex);
		}
	}

	@Override
	public void close() {
		worker.shutdownNow();
	}

	private final class Step implements Runnable, Comparable<Step> {

		private final Job job;

		private final long order;

		private final CompletableFuture<Void> done;

		Step(Job job, long order, CompletableFuture<Void> done) {
			this.job = job;
			this.order = order;
			this.done = done;
		}

		@Override
		public void run() {
			try {
				awaitNothingAhead();
				if (job.step()) {
					queue(this);
				}
				else {
					done.complete(null);
				}
			}
			catch (Exception ex) {
				done.completeExceptionally(ex);
			}
		}

		/** The job started last first. */
		@Override
		public int compareTo(Step other) {
			return Long.compare(other.order, order);
		}

	}

}
