package org.unionstations.portal.security;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user directory, for administrators. */
@Service
@Transactional(readOnly = true)
public class UserService {

	private final AppUserRepository users;

	UserService(AppUserRepository users) {
		this.users = users;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public List<UserRow> list() {
		return users.findAllByOrderByUsername()
			.stream()
			.map(u -> new UserRow(u.getUsername(), u.getDisplayName(), u.getRoles(), u.getStationIds().size(),
					u.isEnabled()))
			.toList();
	}

}
