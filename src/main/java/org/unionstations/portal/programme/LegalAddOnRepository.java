package org.unionstations.portal.programme;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LegalAddOnRepository extends JpaRepository<LegalAddOn, Long> {

	/** Another planned or active add-on of the station (at most one at a time). */
	@Query("""
			select count(a) > 0 from LegalAddOn a
			where a.stationId = :stationId
			  and a.status in (org.unionstations.portal.programme.LegalStatus.PLANNED, org.unionstations.portal.programme.LegalStatus.ACTIVE)
			  and (:exceptId is null or a.id <> :exceptId)
			""")
	boolean existsOtherOpen(long stationId, Long exceptId);

}
