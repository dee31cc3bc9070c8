package org.unionstations.portal.programme;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FlagshipRepository extends JpaRepository<Flagship, Long> {

	/**
	 * A record of the station in the year that was not rejected (at most one may exist).
	 */
	@Query("""
			select count(f) > 0 from Flagship f
			where f.stationId = :stationId and f.year = :year
			  and f.status <> org.unionstations.portal.programme.FlagshipStatus.REJECTED
			""")
	boolean existsNotRejected(long stationId, int year);

}
