package org.unionstations.portal.security;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

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

	@RolesAllowed(Role.Name.ADMIN)
	public List<UserRow> list() {
		return users.findAllByOrderByUsername()
			.stream()
			.map(u -> new UserRow(u.getUsername(), u.getDisplayName(), u.getRoles(), u.getStationIds().size(),
					u.isEnabled()))
			.toList();
	}

}
