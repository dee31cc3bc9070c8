package org.unionstations.portal.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users come from the database ({@code app_user}), passwords are BCrypt hashes. */
@Service
class PortalUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	PortalUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(u -> new PortalUser(u.getUsername(), u.getDisplayName(), u.getRoles(), u.isEnabled(),
					u.getPasswordHash(), u.getSessionEpoch()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
