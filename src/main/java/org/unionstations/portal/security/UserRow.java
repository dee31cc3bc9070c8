package org.unionstations.portal.security;

import java.util.Set;

/** One user as the admin's user list shows it. */
public record UserRow(String username, String displayName, Set<Role> roles, int stationCount, boolean enabled) {
}
