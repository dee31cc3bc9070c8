package org.unionstations.portal.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The maximal covering location problem, solved greedily with lazy re-evaluation (CELF):
 * a candidate's gain can only shrink as sites are chosen, so a candidate whose stale gain
 * still tops the queue after re-evaluation is the true best. Greedy is within (1 − 1/e)
 * of the optimum for this (submodular) objective.
 */
final class MaximalCovering {

	/** One chosen site: candidate index, workers and points it newly covers. */
	record Pick(int candidate, long addedWorkers, long addedPoints) {
	}

	private MaximalCovering() {
	}

	/**
	 * @param pairs rows of (candidate index, demand point id, workers) for every
	 * uncovered point a candidate reaches
	 */
	static List<Pick> solve(int candidateCount, List<long[]> pairs, int k, Cancellation cancellation,
			Progress progress) {
		Map<Long, Integer> pointIndex = new HashMap<>();
		List<Long> weights = new ArrayList<>();
		List<List<Integer>> reach = new ArrayList<>(candidateCount);
		for (int i = 0; i < candidateCount; i++) {
			reach.add(new ArrayList<>());
		}
		for (long[] pair : pairs) {
			int p = pointIndex.computeIfAbsent(pair[1], id -> {
				weights.add(pair[2]);
				return weights.size() - 1;
			});
			reach.get((int) pair[0]).add(p);
		}
		boolean[] covered = new boolean[weights.size()];
		// entries: {gain, candidate, round in which the gain was computed}
		PriorityQueue<long[]> queue = new PriorityQueue<>(
				(a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
		for (int c = 0; c < candidateCount; c++) {
			long gain = gain(reach.get(c), weights, covered);
			if (gain > 0) {
				queue.add(new long[] { gain, c, 0 });
			}
		}
		List<Pick> picks = new ArrayList<>();
		for (int round = 0; round < k && !queue.isEmpty(); round++) {
			cancellation.throwIfCancelled();
			while (true) {
				long[] top = queue.poll();
				if (top == null) {
					return picks;
				}
				if (top[2] == round) {
					int c = (int) top[1];
					long points = 0;
					for (int p : reach.get(c)) {
						if (!covered[p]) {
							covered[p] = true;
							points++;
						}
					}
					picks.add(new Pick(c, top[0], points));
					break;
				}
				long gain = gain(reach.get((int) top[1]), weights, covered);
				if (gain > 0) {
					queue.add(new long[] { gain, top[1], round });
				}
			}
			progress.report("coverage.progress.siting", (round + 1.0) / k);
		}
		return picks;
	}

	private static long gain(List<Integer> points, List<Long> weights, boolean[] covered) {
		long sum = 0;
		for (int p : points) {
			if (!covered[p]) {
				sum += weights.get(p);
			}
		}
		return sum;
	}

}
