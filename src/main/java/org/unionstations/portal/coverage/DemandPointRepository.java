package org.unionstations.portal.coverage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DemandPointRepository extends JpaRepository<DemandPoint, Long>, JpaSpecificationExecutor<DemandPoint> {

	@Override
	@EntityGraph(attributePaths = "district")
	Page<DemandPoint> findAll(Specification<DemandPoint> spec, Pageable pageable);

}
