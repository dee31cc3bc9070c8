package org.unionstations.portal.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the sign-in log, as the admin's log view shows it. */
public record SignInEntry(long id, Instant attemptedAt, String username, String address, @Nullable String userAgent,
		SignInOutcome outcome) {
}
