package org.unionstations.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in path's memory, kept in the database ({@code sign_in_log}) so it survives a
 * restart and holds across several portal instances: records every attempt, and refuses
 * an attempt while its username or its address is locked by recent failures
 * ({@link ThrottleRule}: 5 per username or 20 per address within 15 minutes, then 1
 * minute, doubling up to 1 hour). Whether the username exists plays no part, so a refusal
 * tells nothing about it. Called before anyone is signed in, hence no
 * {@code @PreAuthorize}.
 */
@Service
public class SignInGuard {

	/** How far back runs of failures are read. */
	static final Duration LOOK_BACK = Duration.ofHours(24);

	private static final ThrottleRule PER_USERNAME = new ThrottleRule(ThrottleRule.USERNAME_LIMIT);

	private static final ThrottleRule PER_ADDRESS = new ThrottleRule(ThrottleRule.ADDRESS_LIMIT);

	private final SignInLogRepository log;

	private final Clock clock;

	SignInGuard(SignInLogRepository log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	/**
	 * How long this attempt must wait, if its username or its address is locked now;
	 * empty when it may go ahead and have its password checked.
	 */
	@Transactional(readOnly = true)
	public Optional<Duration> refusal(SignInAttempt attempt) {
		Instant now = clock.instant();
		Instant since = now.minus(LOOK_BACK);
		return Stream
			.of(PER_USERNAME.lockedUntil(log.failuresForUsername(attempt.username(), since, now)),
					PER_ADDRESS.lockedUntil(log.failuresFromAddress(attempt.address(), since, now)))
			.flatMap(Optional::stream)
			.filter(now::isBefore)
			.max(Instant::compareTo)
			.map(until -> Duration.between(now, until));
	}

	/**
	 * Writes the attempt and its outcome to the sign-in log, timed by the portal's clock.
	 */
	@Transactional
	public void record(SignInAttempt attempt, SignInOutcome outcome) {
		log.insert(clock.instant(), attempt, outcome);
	}

}
