package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One record behind a KPI figure, for the drill-down: a station (open, opened), a
 * station's reports (people served, summed), a programme record or a progress entry.
 *
 * @param id the record's own id (station, programme record or progress entry)
 * @param stationId the station it belongs to, null for a progress entry
 * @param label station name, or the progress entry's note
 * @param date opening, acceptance, award, start or entry date; the last month reported
 * for reports
 * @param amount what the record adds to the figure (1 for a counted station or record)
 */
public record KpiRecord(Kind kind, long id, @Nullable Long stationId, String label, long districtId,
		@Nullable LocalDate date, BigDecimal amount) {

	public enum Kind {

		STATION, REPORTS, SMART_UPGRADE, LEGAL_ADDON, FLAGSHIP, PROGRESS

	}

}
