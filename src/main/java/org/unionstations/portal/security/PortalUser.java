package org.unionstations.portal.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.unionstations.portal.base.SignedInUser;

/**
 * The signed-in user as Spring Security keeps it in the session. Holds no password after
 * sign-in.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, SignedInUser {

	private final String username;

	private final String displayName;

	private final Set<Role> roles;

	private final boolean enabled;

	private String password;

	public PortalUser(String username, String displayName, Set<Role> roles, boolean enabled, String password) {
		this.username = username;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.password = password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public String getDisplayName() {
		return displayName;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		password = null;
	}

}
