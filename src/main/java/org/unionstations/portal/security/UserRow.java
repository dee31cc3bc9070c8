package org.unionstations.portal.security;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One user as the admin's user list shows it: who, roles, how many stations they
 * maintain, whether they may sign in, whether they still hold a temporary password, and
 * when they last signed in (never: null).
 */
public record UserRow(String username, String displayName, Set<Role> roles, int stationCount, boolean enabled,
		boolean mustChangePassword, @Nullable Instant lastSignInAt) {

	public UserRow {
		roles = Set.copyOf(roles);
	}

}
