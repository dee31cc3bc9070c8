package org.unionstations.portal.security;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is calling, for services that check more than a role: an operator's own stations
 * are read fresh from the database on every check, so a changed assignment takes effect
 * at once.
 * <p>
 * The caller is read from this application's {@link SecurityContextHolderStrategy}, the
 * one its method security reads, not from the JVM-wide {@code SecurityContextHolder}: a
 * second portal instance in the same JVM (tests) takes that over (decision 0022).
 */
@Service
public class CurrentUser {

	private final AppUserRepository users;

	private final SecurityContextHolderStrategy securityContext;

	CurrentUser(AppUserRepository users, SecurityContextHolderStrategy securityContext) {
		this.users = users;
		this.securityContext = securityContext;
	}

	public Optional<PortalUser> get() {
		Authentication auth = securityContext.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof PortalUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public PortalUser require() {
		return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	/**
	 * The caller is signed in as {@code user} from now on (the same person with fresh
	 * account facts): in a signed-in request the context is the session's, so the session
	 * carries it.
	 */
	void replace(PortalUser user) {
		securityContext.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/**
	 * True when the caller sees every station (admins, planners and leaders); false when
	 * they are limited to their assigned stations (operators only).
	 */
	public boolean seesAllStations() {
		PortalUser user = require();
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.PLANNER) || user.hasRole(Role.LEADER);
	}

	/** The ids of the stations the caller is assigned to as an operator. */
	@Transactional(readOnly = true)
	public Set<Long> assignedStationIds() {
		return Set.copyOf(users.findStationIdsByUsername(require().getUsername()));
	}

}
