package org.unionstations.portal.station;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface StationRepository extends JpaRepository<Station, Long>, JpaSpecificationExecutor<Station> {

	@Override
	@EntityGraph(attributePaths = "district")
	Page<Station> findAll(Specification<Station> spec, Pageable pageable);

	/** Every matching station with its district, in one query (exports). */
	@Override
	@EntityGraph(attributePaths = "district")
	List<Station> findAll(Specification<Station> spec, Sort sort);

}
