package org.unionstations.portal.coverage;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.station.StationType;

/**
 * Coverage of one district (or the whole city, when {@code districtCode} is null) by one
 * station type: demand points and workers inside and outside the service radius.
 */
public record CoverageRow(@Nullable String districtCode, @Nullable String districtNameZh,
		@Nullable String districtNameEn, StationType type, long points, long coveredPoints, long workers,
		long coveredWorkers) {

	public boolean isCityTotal() {
		return districtCode == null;
	}

	public long uncoveredPoints() {
		return points - coveredPoints;
	}

	public long uncoveredWorkers() {
		return workers - coveredWorkers;
	}

	/** Share of workers covered, 0–100; 0 where there are no workers. */
	public double workerCoveragePercent() {
		return workers == 0 ? 0 : 100.0 * coveredWorkers / workers;
	}

	public double pointCoveragePercent() {
		return points == 0 ? 0 : 100.0 * coveredPoints / points;
	}

	public @Nullable String districtName(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? districtNameZh : districtNameEn;
	}

}
