package org.unionstations.portal.coverage;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.unionstations.portal.station.StationType;

interface CoverageStandardRepository extends JpaRepository<CoverageStandard, Long> {

	Optional<CoverageStandard> findByStationType(StationType type);

	List<CoverageStandard> findAllByOrderById();

}
