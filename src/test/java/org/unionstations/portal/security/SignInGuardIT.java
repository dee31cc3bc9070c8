package org.unionstations.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.ClockConfig;

/**
 * The sign-in throttle against the real sign-in log, on fixed clocks in the past (so the
 * rows written here never lock anyone signing in now): 5 failures per username or 20 per
 * address within 15 minutes lock for 1 minute, doubling with each further failure; an
 * unknown username is treated exactly like a known one.
 */
@PortalIT
class SignInGuardIT {

	private static final Instant T0 = Instant.parse("2024-03-01T02:00:00Z");

	@Autowired
	private SignInLogRepository log;

	@Test
	void five_failures_for_one_username_within_15_minutes_lock_it_for_a_minute_from_any_address() {
		for (int i = 0; i < 4; i++) {
			fail("guard-five", "198.51.100." + i, minute(i));
		}
		assertThat(refusal("guard-five", "198.51.100.99", minute(4))).isEmpty();

		fail("guard-five", "198.51.100.4", minute(10));
		assertThat(refusal("guard-five", "198.51.100.99", minute(10))).contains(Duration.ofMinutes(1));
		assertThat(refusal("GUARD-five", "198.51.100.99", minute(10).plusSeconds(59)))
			.as("the username's case does not escape the count")
			.contains(Duration.ofSeconds(1));
		assertThat(refusal("guard-five", "198.51.100.99", minute(11))).isEmpty();
		assertThat(refusal("guard-other", "198.51.100.99", minute(10))).as("other usernames go ahead").isEmpty();
	}

	@Test
	void failures_spread_over_more_than_15_minutes_lock_nothing() {
		for (int m : new int[] { 0, 5, 10, 16, 17 }) {
			fail("guard-spread", "198.51.100.20", minute(m));
		}
		assertThat(refusal("guard-spread", "198.51.100.20", minute(17))).isEmpty();
	}

	@Test
	void each_further_failure_doubles_the_lock_up_to_an_hour_and_refused_attempts_do_not_count() {
		for (int i = 0; i < 5; i++) {
			fail("guard-double", "198.51.100.30", minute(0));
		}
		assertThat(refusal("guard-double", "198.51.100.30", minute(0))).contains(Duration.ofMinutes(1));
		// refused while locked: logged, never counted
		for (int i = 0; i < 10; i++) {
			at(minute(0).plusSeconds(30)).record(attempt("guard-double", "198.51.100.30"), SignInOutcome.THROTTLED);
		}
		assertThat(refusal("guard-double", "198.51.100.30", minute(1))).isEmpty();

		int[] failAt = { 1, 3, 7, 15, 31, 63, 123 };
		long[] lockMinutes = { 2, 4, 8, 16, 32, 60, 60 };
		for (int i = 0; i < failAt.length; i++) {
			fail("guard-double", "198.51.100.30", minute(failAt[i]));
			assertThat(refusal("guard-double", "198.51.100.30", minute(failAt[i])))
				.as("after the failure at minute %d", failAt[i])
				.contains(Duration.ofMinutes(lockMinutes[i]));
		}
	}

	@Test
	void an_unknown_username_is_throttled_exactly_like_a_known_one() {
		// operator2 exists, nobody-at-all does not: the same failures, the same answers
		for (String username : new String[] { "operator2", "nobody-at-all" }) {
			for (int i = 0; i < 5; i++) {
				fail(username, "198.51.100.40", minute(200 + i));
			}
			fail(username, "198.51.100.41", minute(205));
		}
		for (int probe : new int[] { 203, 204, 205, 206, 207, 208 }) {
			assertThat(refusal("nobody-at-all", "192.0.2.1", minute(probe))).as("at minute %d", probe)
				.isEqualTo(refusal("operator2", "192.0.2.1", minute(probe)));
		}
		assertThat(refusal("nobody-at-all", "192.0.2.1", minute(205))).contains(Duration.ofMinutes(2));
	}

	@Test
	void twenty_failures_from_one_address_lock_it_for_every_username_and_a_success_does_not_reset_it() {
		for (int i = 0; i < 19; i++) {
			fail("guard-spray-" + i, "203.0.113.7", minute(300).plusSeconds(i * 10));
		}
		assertThat(refusal("guard-spray-new", "203.0.113.7", minute(304))).isEmpty();
		at(minute(304)).record(attempt("guard-spray-own", "203.0.113.7"), SignInOutcome.SUCCESS);
		fail("guard-spray-19", "203.0.113.7", minute(305));

		assertThat(refusal("guard-spray-new", "203.0.113.7", minute(305))).contains(Duration.ofMinutes(1));
		assertThat(refusal("guard-spray-new", "203.0.113.8", minute(305))).as("another address goes ahead").isEmpty();
	}

	@Test
	void a_successful_sign_in_ends_a_run_of_failures_for_its_username() {
		for (int i = 0; i < 4; i++) {
			fail("guard-forgetful", "198.51.100.50", minute(400 + i));
		}
		at(minute(404)).record(attempt("guard-forgetful", "198.51.100.50"), SignInOutcome.SUCCESS);
		fail("guard-forgetful", "198.51.100.50", minute(405));
		assertThat(refusal("guard-forgetful", "198.51.100.50", minute(405))).isEmpty();
	}

	@Test
	void a_disabled_account_counts_as_a_failure() {
		for (int i = 0; i < 5; i++) {
			at(minute(500)).record(attempt("guard-disabled", "198.51.100.60"), SignInOutcome.DISABLED);
		}
		assertThat(refusal("guard-disabled", "198.51.100.61", minute(500))).contains(Duration.ofMinutes(1));
	}

	private void fail(String username, String address, Instant when) {
		at(when).record(attempt(username, address), SignInOutcome.BAD_CREDENTIALS);
	}

	private Optional<Duration> refusal(String username, String address, Instant when) {
		return at(when).refusal(attempt(username, address));
	}

	private SignInGuard at(Instant when) {
		return new SignInGuard(log, Clock.fixed(when, ClockConfig.ZONE));
	}

	private static SignInAttempt attempt(String username, String address) {
		return new SignInAttempt(username, address, "SignInGuardIT");
	}

	private static Instant minute(int minute) {
		return T0.plus(Duration.ofMinutes(minute));
	}

}
