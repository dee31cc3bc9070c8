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
 * sign-in; remembers the user's session epoch when the password was checked, so that a
 * later password change elsewhere can end this session.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, SignedInUser {

	private final String username;

	private final String displayName;

	private final Set<Role> roles;

	private final boolean enabled;

	private final long sessionEpoch;

	private String password;

	public PortalUser(String username, String displayName, Set<Role> roles, boolean enabled, String password,
			long sessionEpoch) {
		this.username = username;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.password = password;
		this.sessionEpoch = sessionEpoch;
	}

	/**
	 * The user's session epoch when this session's password was checked; the session ends
	 * once the user's epoch has moved past it.
	 */
	public long getSessionEpoch() {
		return sessionEpoch;
	}

	/** The same session, carried into a new epoch (after its own password change). */
	PortalUser inEpoch(long epoch) {
		return new PortalUser(username, displayName, roles, enabled, password, epoch);
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
