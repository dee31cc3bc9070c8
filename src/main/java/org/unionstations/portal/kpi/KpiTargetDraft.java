package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What admins and planners edit of a KPI: target, direction, seasonal profile (12 monthly
 * weights, or none for an even pace), last year's actual and the district split.
 */
public record KpiTargetDraft(BigDecimal target, KpiDirection direction, @Nullable List<BigDecimal> monthlyProfile,
		@Nullable BigDecimal lastYearActual, Map<Long, BigDecimal> districtTargets) {

	public KpiTargetDraft {
		monthlyProfile = monthlyProfile == null ? null : List.copyOf(monthlyProfile);
		districtTargets = Map.copyOf(districtTargets);
	}

}
