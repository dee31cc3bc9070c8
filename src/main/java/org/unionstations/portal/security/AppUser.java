package org.unionstations.portal.security;

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

/**
 * A person who signs in. Operators carry the ids of the stations they maintain; the
 * station feature owns stations, so this side keeps ids only and the security feature
 * never depends on the station feature.
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

	@Version
	private long version;

	protected AppUser() {
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

}
