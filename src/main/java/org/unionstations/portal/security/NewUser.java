package org.unionstations.portal.security;

import java.util.Set;

/**
 * A user an admin creates: they sign in with the temporary password and must choose their
 * own at once.
 */
public record NewUser(String username, String displayName, Set<Role> roles, String temporaryPassword) {

	public NewUser {
		roles = Set.copyOf(roles);
	}

}
