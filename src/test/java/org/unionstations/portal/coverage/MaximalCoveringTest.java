package org.unionstations.portal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MaximalCoveringTest {

	private final Cancellation none = new Cancellation(pid -> {
	});

	@Test
	void picks_the_biggest_gain_first_and_re_evaluates_what_is_left() {
		// A reaches p1(50) p2(50); B reaches p2(50) p3(40); C reaches p3(40) p4(45)
		List<long[]> pairs = List.of(pair(0, 1, 50), pair(0, 2, 50), pair(1, 2, 50), pair(1, 3, 40), pair(2, 3, 40),
				pair(2, 4, 45));
		List<MaximalCovering.Pick> picks = MaximalCovering.solve(3, pairs, 3, none, Progress.NONE);
		// A first (100); then B would add only 40 (p2 taken) while C adds 85; then B adds
		// nothing: stop
		assertThat(picks).containsExactly(new MaximalCovering.Pick(0, 100, 2), new MaximalCovering.Pick(2, 85, 2));
	}

	@Test
	void lazy_greedy_equals_plain_greedy_on_random_instances() {
		Random random = new Random(42);
		for (int run = 0; run < 50; run++) {
			int candidates = 5 + random.nextInt(40);
			List<long[]> pairs = new ArrayList<>();
			for (int c = 0; c < candidates; c++) {
				for (int p = 0; p < 60; p++) {
					if (random.nextInt(8) == 0) {
						pairs.add(pair(c, p, 1 + (p * 37L) % 100));
					}
				}
			}
			List<MaximalCovering.Pick> lazy = MaximalCovering.solve(candidates, pairs, 6, none, Progress.NONE);
			assertThat(lazy).extracting(MaximalCovering.Pick::addedWorkers)
				.containsExactlyElementsOf(plainGreedyGains(candidates, pairs, 6));
		}
	}

	@Test
	void a_cancelled_run_stops() {
		Cancellation cancelled = new Cancellation(pid -> {
		});
		cancelled.cancel();
		assertThatThrownBy(() -> MaximalCovering.solve(1, List.of(pair(0, 1, 5)), 1, cancelled, Progress.NONE))
			.isInstanceOf(AnalysisCancelledException.class);
	}

	/** Recomputes every gain every round: slow, obviously right. */
	private static List<Long> plainGreedyGains(int candidates, List<long[]> pairs, int k) {
		java.util.Set<Long> covered = new java.util.HashSet<>();
		List<Long> gains = new ArrayList<>();
		for (int round = 0; round < k; round++) {
			long best = 0;
			int bestC = -1;
			for (int c = 0; c < candidates; c++) {
				long gain = 0;
				for (long[] p : pairs) {
					if (p[0] == c && !covered.contains(p[1])) {
						gain += p[2];
					}
				}
				if (gain > best) {
					best = gain;
					bestC = c;
				}
			}
			if (bestC < 0) {
				break;
			}
			for (long[] p : pairs) {
				if (p[0] == bestC) {
					covered.add(p[1]);
				}
			}
			gains.add(best);
		}
		return gains;
	}

	private static long[] pair(int candidate, long point, long workers) {
		return new long[] { candidate, point, workers };
	}

}
