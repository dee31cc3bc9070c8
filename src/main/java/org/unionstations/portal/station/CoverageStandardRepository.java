package org.unionstations.portal.station;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoverageStandardRepository extends JpaRepository<CoverageStandard, Long> {

	Optional<CoverageStandard> findByStationType(StationType type);

	List<CoverageStandard> findAllByOrderById();

}
