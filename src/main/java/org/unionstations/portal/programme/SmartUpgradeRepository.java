package org.unionstations.portal.programme;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SmartUpgradeRepository extends JpaRepository<SmartUpgrade, Long> {

	/** Another upgrade of the station in the year that still counts (not cancelled). */
	@Query("""
			select count(u) > 0 from SmartUpgrade u
			where u.stationId = :stationId and u.year = :year and u.status <> org.unionstations.portal.programme.UpgradeStatus.CANCELLED
			  and (:exceptId is null or u.id <> :exceptId)
			""")
	boolean existsOther(long stationId, int year, Long exceptId);

}
