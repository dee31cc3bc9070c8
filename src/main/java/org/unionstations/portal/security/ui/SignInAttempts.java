package org.unionstations.portal.security.ui;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.unionstations.portal.security.SignInAttempt;
import org.unionstations.portal.security.SignInGuard;
import org.unionstations.portal.security.SignInOutcome;

/**
 * The login request as a {@link SignInAttempt} (the username field as typed, the client
 * address, the browser), handed to the {@link SignInGuard}. The address is
 * {@code request.getRemoteAddr()}: behind a reverse proxy that is the proxy, unless
 * {@code server.forward-headers-strategy=native} lets Tomcat take it from the proxy's
 * {@code X-Forwarded-For} (see README, "Sign-in security").
 */
final class SignInAttempts {

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	private final SignInGuard guard;

	SignInAttempts(SignInGuard guard) {
		this.guard = guard;
	}

	static SignInAttempt of(HttpServletRequest request) {
		return new SignInAttempt(request.getParameter("username"), request.getRemoteAddr(),
				request.getHeader("User-Agent"));
	}

	/** How long the attempt must wait; throws when the database cannot be asked. */
	Optional<Duration> refusal(HttpServletRequest request) {
		return guard.refusal(of(request));
	}

	/**
	 * Logs the attempt; a log line that cannot be written (the database is down) is
	 * reported in the application log and does not change what the user is told.
	 */
	void record(HttpServletRequest request, SignInOutcome outcome) {
		try {
			guard.record(of(request), outcome);
		}
		catch (DataAccessException | TransactionException ex) {
			log.error("Sign-in attempt ({}) could not be written to the sign-in log", outcome, ex);
		}
	}

}
