package org.unionstations.portal.security.ui;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.unionstations.portal.security.SignInOutcome;

/** Logs a successful sign-in, then lets Vaadin's handler send the browser on. */
final class SignInSuccessHandler implements AuthenticationSuccessHandler {

	private final SignInAttempts attempts;

	private final AuthenticationSuccessHandler next;

	SignInSuccessHandler(SignInAttempts attempts, AuthenticationSuccessHandler next) {
		this.attempts = attempts;
		this.next = next;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		attempts.record(request, SignInOutcome.SUCCESS);
		next.onAuthenticationSuccess(request, response, authentication);
	}

}
