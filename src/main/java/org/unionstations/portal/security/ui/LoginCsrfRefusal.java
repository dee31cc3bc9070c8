package org.unionstations.portal.security.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a request without a valid CSRF token gets. A login POST (a forged cross-site
 * sign-in, or a login page left open past its session) is refused with 403 and a page
 * that at once opens a fresh login view saying the page had expired; nobody is signed in.
 * Anything else is refused as Spring Security refuses it (Vaadin's own requests are
 * exempt from Spring's token: they carry Vaadin's).
 */
final class LoginCsrfRefusal implements AccessDeniedHandler {

	private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
			+ "<meta http-equiv=\"refresh\" content=\"0; url=" + LoginRedirects.expired() + "\"><title></title></head>"
			+ "<body></body></html>";

	private final RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, LoginRedirects.LOGIN_PATH);

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (!loginPost.matches(request)) {
			otherwise.handle(request, response, denied);
			return;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("text/html;charset=utf-8");
		byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(page.length);
		response.getOutputStream().write(page);
	}

}
