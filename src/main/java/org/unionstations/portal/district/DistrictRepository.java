package org.unionstations.portal.district;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, Long> {

	List<District> findAllByOrderByCode();

}
