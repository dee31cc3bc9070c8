package org.unionstations.portal.kpi;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KpiRepository extends JpaRepository<Kpi, Long> {

	List<Kpi> findByYearOrderByPositionAscIdAsc(int year);

	@Query("select distinct k.year from Kpi k order by k.year desc")
	List<Integer> findYears();

	boolean existsByYear(int year);

	boolean existsByYearAndCode(int year, String code);

	@Query("select coalesce(max(k.position), 0) from Kpi k where k.year = :year")
	int findLastPosition(int year);

}
