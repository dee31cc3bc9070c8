package org.unionstations.portal.security.ui;

import java.time.Duration;

/**
 * Where a sign-in that did not succeed sends the browser: back to {@link LoginView} with
 * a parameter that says why, which the view turns into its message.
 */
final class LoginRedirects {

	static final String LOGIN_PATH = "/login";

	static final String ERROR = "error";

	static final String UNAVAILABLE = "unavailable";

	static final String THROTTLED = "throttled";

	static final String EXPIRED = "expired";

	/** The longest wait the login view will announce, in minutes. */
	static final int LONGEST_WAIT_MINUTES = 60;

	private LoginRedirects() {
	}

	static String error() {
		return LOGIN_PATH + "?" + ERROR;
	}

	static String unavailable() {
		return LOGIN_PATH + "?" + UNAVAILABLE;
	}

	static String expired() {
		return LOGIN_PATH + "?" + EXPIRED;
	}

	/** {@code /login?throttled=<minutes>}, the wait rounded up to whole minutes. */
	static String throttled(Duration wait) {
		return LOGIN_PATH + "?" + THROTTLED + "=" + minutes(wait);
	}

	static long minutes(Duration wait) {
		long seconds = Math.max(1, wait.toSeconds());
		return Math.min(LONGEST_WAIT_MINUTES, (seconds + 59) / 60);
	}

}
