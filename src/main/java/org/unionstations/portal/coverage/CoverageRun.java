package org.unionstations.portal.coverage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One run of the coverage analysis: its covered set is materialised once in the database
 * (table {@code coverage_run_covered}) and every later step of the run reads it — the
 * uncovered list and count, map data, hex grid, siting, exports. {@code rows} is the
 * report (per district, then the city), as {@link CoverageService#report} gives it. A run
 * lives for {@link CoverageRunCleanup#KEEP} at most; using one after that throws
 * {@link CoverageRunExpiredException}.
 *
 * @param radius the service radius in metres the run used
 * @param computedAt when the run was computed
 */
public record CoverageRun(UUID id, CoverageScope scope, int radius, Instant computedAt, List<CoverageRow> rows) {

	public CoverageRun {
		rows = List.copyOf(rows);
	}

	/** The city total (the report's last row). */
	public CoverageRow city() {
		return rows.stream().filter(CoverageRow::isCityTotal).findFirst().orElseThrow();
	}

}
