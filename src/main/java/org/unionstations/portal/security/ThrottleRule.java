package org.unionstations.portal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * When a run of failed sign-ins locks a username or an address, and for how long. A pure
 * function of the failures' times, so every portal instance that reads the same sign-in
 * log comes to the same answer:
 * <ul>
 * <li>{@code limit} failures within {@link #WINDOW} lock for {@link #FIRST_LOCK} after
 * the last of them;</li>
 * <li>every further failure in the same run doubles the lock (1, 2, 4 … minutes), up to
 * {@link #LONGEST_LOCK};</li>
 * <li>the run is over when no failure comes for {@link #WINDOW} after the lock ended;
 * from then on failures are counted afresh.</li>
 * </ul>
 */
final class ThrottleRule {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	static final Duration LONGEST_LOCK = Duration.ofHours(1);

	/** Failures for one username that start a lock. */
	static final int USERNAME_LIMIT = 5;

	/** Failures from one address that start a lock. */
	static final int ADDRESS_LIMIT = 20;

	private final int limit;

	ThrottleRule(int limit) {
		this.limit = limit;
	}

	/**
	 * The end of the lock the failures leave behind, if they started one (it may lie in
	 * the past).
	 * @param failures the failures' times, oldest first
	 */
	Optional<Instant> lockedUntil(List<Instant> failures) {
		Deque<Instant> window = new ArrayDeque<>();
		int strikes = 0;
		Instant lockEnd = null;
		for (Instant failure : failures) {
			if (lockEnd != null && failure.isAfter(lockEnd.plus(WINDOW))) {
				strikes = 0;
				lockEnd = null;
			}
			window.addLast(failure);
			while (window.getFirst().isBefore(failure.minus(WINDOW))) {
				window.removeFirst();
			}
			if (strikes > 0 || window.size() >= limit) {
				strikes++;
				lockEnd = failure.plus(lockFor(strikes));
			}
		}
		return Optional.ofNullable(lockEnd);
	}

	/** 1 minute for the first strike, doubling with each further one, at most 1 hour. */
	static Duration lockFor(int strike) {
		long minutes = strike > 7 ? LONGEST_LOCK.toMinutes() : FIRST_LOCK.toMinutes() << (strike - 1);
		return Duration.ofMinutes(Math.min(minutes, LONGEST_LOCK.toMinutes()));
	}

}
