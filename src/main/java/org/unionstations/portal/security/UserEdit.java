package org.unionstations.portal.security;

import java.util.Set;

/** What an admin changes of a user, and the version they started from. */
public record UserEdit(String displayName, Set<Role> roles, boolean enabled, long version) {

	public UserEdit {
		roles = Set.copyOf(roles);
	}

}
