package org.unionstations.portal.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	@EntityGraph(attributePaths = "stationIds")
	List<AppUser> findAllByOrderByUsername();

	@Query(value = "SELECT os.station_id FROM operator_station os JOIN app_user u ON u.id = os.user_id "
			+ "WHERE u.username = :username", nativeQuery = true)
	List<Long> findStationIdsByUsername(@Param("username") String username);

	/** Whether a session of this user still counts (checked on every request). */
	@Query("SELECT new org.unionstations.portal.security.SessionState(u.enabled, u.sessionEpoch) "
			+ "FROM AppUser u WHERE u.username = :username")
	Optional<SessionState> findSessionState(@Param("username") String username);

	@Query("SELECT u.mustChangePassword FROM AppUser u WHERE u.username = :username")
	Optional<Boolean> findMustChangePassword(@Param("username") String username);

	/**
	 * The last sign-in, written without touching the version: signing in is no edit that
	 * an admin's open form should conflict with.
	 */
	@Modifying
	@Query(value = "UPDATE app_user SET last_sign_in_at = :at WHERE username = :username", nativeQuery = true)
	int recordSignIn(@Param("username") String username, @Param("at") Instant at);

}
