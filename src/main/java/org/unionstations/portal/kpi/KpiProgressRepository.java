package org.unionstations.portal.kpi;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KpiProgressRepository extends JpaRepository<KpiProgress, Long> {

	List<KpiProgress> findByKpiIdOrderByDateDescIdDesc(long kpiId);

}
