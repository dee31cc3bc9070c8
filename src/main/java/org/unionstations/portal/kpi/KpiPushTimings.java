package org.unionstations.portal.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.stereotype.Component;

/**
 * The server's share of a live update, for the push-latency benchmark: for each committed
 * change, how long until each open board had pushed its new figures (nanoseconds from the
 * commit to the end of that board's push). Keeps the last 200 changes.
 */
@Component
public class KpiPushTimings {

	private static final int KEEP = 200;

	private final ConcurrentHashMap<Long, ConcurrentLinkedQueue<Long>> pushesByChange = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<Long> order = new ConcurrentLinkedQueue<>();

	/** A board pushed the figures of {@code update}. */
	public void pushed(KpiUpdate update) {
		long elapsed = System.nanoTime() - update.committedNanos();
		pushesByChange.computeIfAbsent(update.committedNanos(), key -> {
			order.add(key);
			if (order.size() > KEEP) {
				Long oldest = order.poll();
				if (oldest != null) {
					pushesByChange.remove(oldest);
				}
			}
			return new ConcurrentLinkedQueue<>();
		}).add(elapsed);
	}

	/**
	 * For each change seen, the time until the last board pushed, if {@code boards}
	 * boards pushed it.
	 */
	public List<Long> untilAllPushed(int boards) {
		List<Long> result = new ArrayList<>();
		for (Long key : order) {
			ConcurrentLinkedQueue<Long> pushes = pushesByChange.get(key);
			if (pushes != null && pushes.size() >= boards) {
				result.add(pushes.stream().mapToLong(Long::longValue).max().orElse(0));
			}
		}
		return result;
	}

	public void clear() {
		pushesByChange.clear();
		order.clear();
	}

}
