package org.unionstations.portal.operator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceReportRepository extends JpaRepository<ServiceReport, Long> {

	Optional<ServiceReport> findByStationIdAndMonth(long stationId, LocalDate month);

	List<ServiceReport> findByStationIdAndMonthGreaterThanEqualOrderByMonthDesc(long stationId, LocalDate from);

}
