package org.unionstations.portal.security;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is calling, for services that check more than a role: an operator's own stations
 * are read fresh from the database on every check, so a changed assignment takes effect
 * at once.
 */
@Service
public class CurrentUser {

	private final AppUserRepository users;

	CurrentUser(AppUserRepository users) {
		this.users = users;
	}

	public Optional<PortalUser> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof PortalUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public PortalUser require() {
		return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
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
