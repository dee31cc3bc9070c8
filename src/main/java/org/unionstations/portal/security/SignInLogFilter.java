package org.unionstations.portal.security;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the admin narrows the sign-in log to: a part of the username (any case), one
 * outcome, and a range of days (both ends included, in the federation's time zone). A
 * {@code null} part matches everything.
 */
public record SignInLogFilter(@Nullable String username, @Nullable SignInOutcome outcome, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	public static final SignInLogFilter ALL = new SignInLogFilter(null, null, null, null);

	public SignInLogFilter {
		username = username == null || username.isBlank() ? null : username.strip();
	}

	public SignInLogFilter withUsername(@Nullable String text) {
		return new SignInLogFilter(text, outcome, from, to);
	}

	public SignInLogFilter withOutcome(@Nullable SignInOutcome value) {
		return new SignInLogFilter(username, value, from, to);
	}

	public SignInLogFilter withFrom(@Nullable LocalDate day) {
		return new SignInLogFilter(username, outcome, day, to);
	}

	public SignInLogFilter withTo(@Nullable LocalDate day) {
		return new SignInLogFilter(username, outcome, from, day);
	}

}
