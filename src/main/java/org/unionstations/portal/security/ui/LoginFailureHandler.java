package org.unionstations.portal.security.ui;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.transaction.TransactionException;
import org.unionstations.portal.security.SignInOutcome;

/**
 * Tells a failed sign-in apart from a sign-in that could not be checked: wrong
 * credentials go back to the login view with {@code ?error}, a failure of the system
 * behind it (the database is down) with {@code ?unavailable}, so the user is not told
 * their password is wrong when it is not. Every failure is logged; when it is the one
 * that locks the username or address, the view already says how long to wait.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(LoginFailureHandler.class);

	private final SignInAttempts attempts;

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	LoginFailureHandler(SignInAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof AuthenticationServiceException) {
			log.error("Sign-in could not be checked", exception);
			attempts.record(request, SignInOutcome.UNAVAILABLE);
			redirect.sendRedirect(request, response, LoginRedirects.unavailable());
			return;
		}
		// a disabled account is told like a wrong password; only the log tells them apart
		attempts.record(request,
				exception instanceof DisabledException ? SignInOutcome.DISABLED : SignInOutcome.BAD_CREDENTIALS);
		redirect.sendRedirect(request, response,
				lockedNow(request).map(LoginRedirects::throttled).orElse(LoginRedirects.error()));
	}

	private Optional<Duration> lockedNow(HttpServletRequest request) {
		try {
			return attempts.refusal(request);
		}
		catch (DataAccessException | TransactionException ex) {
			log.error("Sign-in throttle could not be read after a failed sign-in", ex);
			return Optional.empty();
		}
	}

}
