package org.unionstations.portal.security;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One user as the admin edits them, with the version read (for optimistic locking) and
 * whether they may still be deleted: only while they have changed nothing in the portal.
 */
public record UserAccount(String username, String displayName, Set<Role> roles, boolean enabled, Set<Long> stationIds,
		boolean mustChangePassword, @Nullable Instant lastSignInAt, long version, boolean deletable) {

	public UserAccount {
		roles = Set.copyOf(roles);
		stationIds = Set.copyOf(stationIds);
	}

}
