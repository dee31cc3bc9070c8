package org.unionstations.portal.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request once it no longer counts: the user's
 * password was changed elsewhere (or an admin set a temporary one, changed their roles,
 * disabled or deleted them). The session remembers the user's session epoch it signed in
 * under ({@link PortalUser#getSessionEpoch()}); the database holds the current one. The
 * check reads one row per request, so it holds across several portal instances and
 * restarts (decision 0010).
 *
 * <p>
 * Runs after Spring Security's filter chain (a plain servlet filter bean, lowest
 * precedence), where the session's sign-in is known. An ended page request goes to the
 * login view; an ended Vaadin request ({@code v-r=...}) goes on without a session, and
 * Vaadin's client answers "session expired" by reloading, which lands on the login view.
 */
@Component
class SessionEpochFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SessionEpochFilter.class);

	private final AppUserRepository users;

	private final SecurityContextHolderStrategy securityContext;

	SessionEpochFilter(AppUserRepository users, SecurityContextHolderStrategy securityContext) {
		this.users = users;
		this.securityContext = securityContext;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication auth = securityContext.getContext().getAuthentication();
		if (session != null && auth != null && auth.getPrincipal() instanceof PortalUser user && !counts(user)) {
			log.info("Session of {} ended: signed in before their password, roles or account changed",
					user.getUsername());
			session.invalidate();
			securityContext.clearContext();
			if (request.getParameter("v-r") == null && "GET".equals(request.getMethod())) {
				response.sendRedirect(request.getContextPath() + "/login");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private boolean counts(PortalUser user) {
		try {
			Optional<SessionState> state = users.findSessionState(user.getUsername());
			return state.isPresent() && state.get().admits(user);
		}
		catch (DataAccessException e) {
			// a database outage is no reason to sign anyone out; the request fails or
			// works on its own
			return true;
		}
	}

}
