package org.unionstations.portal.coverage;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewestFirstStepsTest {

	private final List<String> ran = new CopyOnWriteArrayList<>();

	@Test
	void a_job_started_later_runs_its_steps_before_the_rest_of_an_earlier_one() throws Exception {
		CountDownLatch newerQueued = new CountDownLatch(1);
		try (NewestFirstSteps steps = new NewestFirstSteps("test-steps")) {
			CompletableFuture<Void> older = steps.start(job("old", 4, newerQueued));
			CompletableFuture<Void> newer = steps.start(job("new", 3, null));
			newerQueued.countDown();
			CompletableFuture.allOf(older, newer).get(10, TimeUnit.SECONDS);
		}
		// the old run's first step was running when the new run came; the new run then
		// has
		// the thread until it is done, and the old one goes on after it
		assertThat(ran).containsExactly("old 1", "new 1", "new 2", "new 3", "old 2", "old 3", "old 4");
	}

	@Test
	void the_newest_of_several_waiting_jobs_goes_first() throws Exception {
		CountDownLatch allQueued = new CountDownLatch(1);
		try (NewestFirstSteps steps = new NewestFirstSteps("test-steps")) {
			CompletableFuture<Void> blocker = steps.start(job("first", 1, allQueued));
			CompletableFuture<Void> a = steps.start(job("a", 2, null));
			CompletableFuture<Void> b = steps.start(job("b", 2, null));
			allQueued.countDown();
			CompletableFuture.allOf(blocker, a, b).get(10, TimeUnit.SECONDS);
		}
		assertThat(ran).containsExactly("first 1", "b 1", "b 2", "a 1", "a 2");
	}

	@Test
	void no_step_starts_while_work_a_user_waits_for_runs_ahead_of_the_steps() throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try (NewestFirstSteps steps = new NewestFirstSteps("test-steps")) {
			CompletableFuture<String> analysis = CompletableFuture.supplyAsync(() -> steps.ahead(() -> {
				inside.countDown();
				try {
					assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
				ran.add("analysis");
				return "report";
			}));
			assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<Void> background = steps.start(job("background", 2, null));
			// time enough for a step that did not wait to run
			Thread.sleep(300);
			release.countDown();
			assertThat(analysis.get(10, TimeUnit.SECONDS)).isEqualTo("report");
			background.get(10, TimeUnit.SECONDS);
		}
		assertThat(ran).containsExactly("analysis", "background 1", "background 2");
	}

	@Test
	void a_failing_step_fails_its_job_only() throws Exception {
		try (NewestFirstSteps steps = new NewestFirstSteps("test-steps")) {
			CompletableFuture<Void> failing = steps.start(() -> {
				throw new IllegalStateException("run went");
			});
			CompletableFuture<Void> other = steps.start(job("other", 2, null));
			assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.hasRootCauseInstanceOf(IllegalStateException.class);
			other.get(10, TimeUnit.SECONDS);
		}
		assertThat(ran).containsExactly("other 1", "other 2");
	}

	@Test
	void jobs_started_after_closing_fail_instead_of_waiting_for_ever() {
		NewestFirstSteps steps = new NewestFirstSteps("test-steps");
		steps.close();
		assertThat(steps.start(job("late", 1, null))).isCompletedExceptionally();
	}

	/**
	 * A job of {@code count} steps that records each; its first step waits for
	 * {@code holdFirst} when given.
	 */
	private NewestFirstSteps.Job job(String name, int count, CountDownLatch holdFirst) {
		AtomicInteger done = new AtomicInteger();
		return () -> {
			int step = done.incrementAndGet();
			if (step == 1 && holdFirst != null) {
				assertThat(holdFirst.await(10, TimeUnit.SECONDS)).isTrue();
			}
			ran.add(name + " " + step);
			return step < count;
		};
	}

}
