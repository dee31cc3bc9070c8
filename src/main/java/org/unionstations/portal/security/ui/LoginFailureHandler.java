package org.unionstations.portal.security.ui;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Tells a failed sign-in apart from a sign-in that could not be checked: wrong
 * credentials go back to the login view with {@code ?error}, a failure of the system
 * behind it (the database is down) with {@code ?unavailable}, so the user is not told
 * their password is wrong when it is not.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String UNAVAILABLE = "unavailable";

	private static final Logger log = LoggerFactory.getLogger(LoginFailureHandler.class);

	private final String loginPath;

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	LoginFailureHandler(String loginPath) {
		this.loginPath = loginPath;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof AuthenticationServiceException) {
			log.error("Sign-in could not be checked", exception);
			redirect.sendRedirect(request, response, loginPath + "?" + UNAVAILABLE);
		}
		else {
			redirect.sendRedirect(request, response, loginPath + "?error");
		}
	}

}
