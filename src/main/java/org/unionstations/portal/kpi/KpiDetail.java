package org.unionstations.portal.kpi;

import java.util.List;

/** A KPI opened from the board: its card, its districts and its months. */
public record KpiDetail(KpiCard card, List<DistrictFigure> districts, List<TrendPoint> trend) {

	public KpiDetail {
		districts = List.copyOf(districts);
		trend = List.copyOf(trend);
	}

}
