package org.unionstations.portal.security.ui;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unionstations.portal.security.SignInOutcome;

/**
 * Stands before the login form's authentication: while the username or the address is
 * locked by recent failures, the attempt is logged as {@code THROTTLED} and sent back to
 * the login view with the minutes to wait, and its password is never checked.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

	private final RequestMatcher loginPost;

	private final SignInAttempts attempts;

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	SignInThrottleFilter(String loginPath, SignInAttempts attempts) {
		this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
		this.attempts = attempts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!loginPost.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Duration> wait;
		try {
			wait = attempts.refusal(request);
		}
		catch (DataAccessException | TransactionException ex) {
			log.error("Sign-in could not be checked", ex);
			redirect.sendRedirect(request, response, LoginRedirects.unavailable());
			return;
		}
		if (wait.isPresent()) {
			attempts.record(request, SignInOutcome.THROTTLED);
			redirect.sendRedirect(request, response, LoginRedirects.throttled(wait.get()));
			return;
		}
		chain.doFilter(request, response);
	}

}
