package org.unionstations.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on failure times alone. */
class ThrottleRuleTest {

	private static final Instant T0 = Instant.parse("2024-03-01T02:00:00Z");

	private final ThrottleRule fiveIn15 = new ThrottleRule(5);

	@Test
	void locks_grow_1_2_4_8_16_32_then_stay_at_an_hour() {
		assertThat(IntStream.rangeClosed(1, 9).mapToObj(ThrottleRule::lockFor).map(Duration::toMinutes))
			.containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
	}

	@Test
	void four_failures_lock_nothing_and_the_fifth_within_15_minutes_locks_for_a_minute() {
		assertThat(fiveIn15.lockedUntil(minutes(0, 1, 2, 3))).isEmpty();
		assertThat(fiveIn15.lockedUntil(minutes(0, 1, 2, 3, 15))).contains(at(16));
		// the first of five lies more than 15 minutes before the last: only four count
		assertThat(fiveIn15.lockedUntil(minutes(0, 1, 2, 3, 16))).isEmpty();
	}

	@Test
	void each_failure_after_a_lock_doubles_it_until_15_quiet_minutes_after_the_lock_end_the_run() {
		assertThat(fiveIn15.lockedUntil(minutes(0, 0, 0, 0, 0, 1))).contains(at(3));
		assertThat(fiveIn15.lockedUntil(minutes(0, 0, 0, 0, 0, 1, 3))).contains(at(7));
		// lock ended at 3; a failure at 18 is still in the run, one at 19 starts afresh
		assertThat(fiveIn15.lockedUntil(minutes(0, 0, 0, 0, 0, 1, 18))).contains(at(22));
		assertThat(fiveIn15.lockedUntil(minutes(0, 0, 0, 0, 0, 1, 19))).isEmpty();
	}

	private static List<Instant> minutes(int... offsets) {
		return IntStream.of(offsets).mapToObj(ThrottleRuleTest::at).toList();
	}

	private static Instant at(int minute) {
		return T0.plus(Duration.ofMinutes(minute));
	}

}
