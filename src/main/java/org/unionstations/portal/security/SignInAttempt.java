package org.unionstations.portal.security;

import org.jspecify.annotations.Nullable;

/**
 * Who tried to sign in, from where and with which browser, as the login request carried
 * it: the username as typed, whether or not such a user exists. Each part is cut to the
 * length the sign-in log keeps, and control characters become spaces, so whatever a
 * client sends can be stored and shown.
 */
public record SignInAttempt(String username, String address, @Nullable String userAgent) {

	public static final int USERNAME_MAX = 100;

	public static final int ADDRESS_MAX = 45;

	public static final int USER_AGENT_MAX = 300;

	public SignInAttempt(@Nullable String username, @Nullable String address, @Nullable String userAgent) {
		this.username = clean(username == null ? "" : username, USERNAME_MAX);
		this.address = clean(address == null ? "" : address, ADDRESS_MAX);
		this.userAgent = userAgent == null ? null : clean(userAgent, USER_AGENT_MAX);
	}

	private static String clean(String text, int max) {
		StringBuilder out = new StringBuilder(Math.min(text.length(), max));
		text.codePoints().limit(max).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
		return out.toString();
	}

}
