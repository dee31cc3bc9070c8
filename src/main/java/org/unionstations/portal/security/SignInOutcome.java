package org.unionstations.portal.security;

/** What came of one attempt to sign in through the login form. */
public enum SignInOutcome {

	/** Signed in. */
	SUCCESS,
	/** Wrong password, or no such user (the two are never told apart). */
	BAD_CREDENTIALS,
	/** The account exists but is switched off. */
	DISABLED,
	/** Refused before the password was checked: too many recent failures. */
	THROTTLED,
	/** Could not be checked: the database did not answer. */
	UNAVAILABLE;

	/** True for the outcomes the throttle counts: failures a guesser causes. */
	public boolean isFailure() {
		return this == BAD_CREDENTIALS || this == DISABLED;
	}

}
