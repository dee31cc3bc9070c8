package org.unionstations.portal.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	@EntityGraph(attributePaths = "stationIds")
	List<AppUser> findAllByOrderByUsername();

	@Query(value = "SELECT os.station_id FROM operator_station os JOIN app_user u ON u.id = os.user_id "
			+ "WHERE u.username = :username", nativeQuery = true)
	List<Long> findStationIdsByUsername(@Param("username") String username);

}
