package org.unionstations.portal.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A refused first administrator stops the start-up with its one sentence and what to do,
 * instead of a stack trace.
 */
public class FirstAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministratorRefusedException> {

	static final String ACTION = "Set PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD (at least "
			+ PasswordPolicy.MIN_LENGTH + " characters, not the user name, not a demo password) and start again.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministratorRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), ACTION, cause);
	}

}
