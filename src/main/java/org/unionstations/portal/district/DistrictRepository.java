package org.unionstations.portal.district;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, Long> {

	/** By Chinese name in pinyin order (the column's collation), then by code. */
	List<District> findAllByOrderByNameZhAscCodeAsc();

}
