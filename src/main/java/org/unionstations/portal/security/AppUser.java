package org.unionstations.portal.security;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A person who signs in. Operators carry the ids of the stations they maintain; the
 * station feature owns stations, so this side keeps ids only and the security feature
 * never depends on the station feature. A temporary password set by an admin must be
 * changed at the next sign-in; sessions signed in under an older {@code sessionEpoch} no
 * longer count.
 */
@Entity
@Table(name = "app_user")
class AppUser {

	static final int USERNAME_MAX = 60;

	static final int DISPLAY_NAME_MAX = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
	@SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true, length = USERNAME_MAX)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
	private String displayName;

	@Column(nullable = false)
	private boolean enabled = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role", nullable = false, length = 16)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "operator_station", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "station_id", nullable = false)
	private Set<Long> stationIds = new HashSet<>();

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "last_sign_in_at")
	private @Nullable Instant lastSignInAt;

	@Column(name = "session_epoch", nullable = false)
	private long sessionEpoch;

	@Version
	private long version;

	protected AppUser() {
	}

	/**
	 * A new user; a temporary password (one an admin chose) must be changed at the first
	 * sign-in.
	 */
	AppUser(String username, String displayName, Set<Role> roles, String passwordHash, boolean temporaryPassword) {
		if (username.isBlank() || username.length() > USERNAME_MAX) {
			throw new IllegalArgumentException("username must have 1 to " + USERNAME_MAX + " characters");
		}
		this.username = username;
		setDisplayName(displayName);
		setRoles(roles);
		setPassword(passwordHash, temporaryPassword);
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	String getDisplayName() {
		return displayName;
	}

	boolean isEnabled() {
		return enabled;
	}

	Set<Role> getRoles() {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	Set<Long> getStationIds() {
		return Set.copyOf(stationIds);
	}

	boolean isMustChangePassword() {
		return mustChangePassword;
	}

	@Nullable Instant getLastSignInAt() {
		return lastSignInAt;
	}

	long getSessionEpoch() {
		return sessionEpoch;
	}

	long getVersion() {
		return version;
	}

	void setDisplayName(String displayName) {
		if (displayName.isBlank() || displayName.length() > DISPLAY_NAME_MAX) {
			throw new IllegalArgumentException("display name must have 1 to " + DISPLAY_NAME_MAX + " characters");
		}
		this.displayName = displayName;
	}

	void setRoles(Collection<Role> roles) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("a user needs at least one role");
		}
		this.roles.retainAll(roles);
		this.roles.addAll(roles);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setStationIds(Collection<Long> stationIds) {
		this.stationIds.retainAll(stationIds);
		this.stationIds.addAll(stationIds);
	}

	/**
	 * A new password hash: temporary ones (set by an admin) must be changed at the next
	 * sign-in.
	 */
	void setPassword(String passwordHash, boolean temporary) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = temporary;
	}

	/**
	 * Every session signed in so far ends at its next request; returns the new epoch.
	 */
	long endSessions() {
		return ++sessionEpoch;
	}

}
