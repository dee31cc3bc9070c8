package org.unionstations.portal.kpi;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A KPI added to a year's catalogue: its code (unique in the year), names and units in
 * both languages, where its figure comes from, what the target asks, how reported entries
 * make the figure (only reported KPIs take other than {@link KpiAggregation#SUM}) and the
 * target. Every value is checked by {@link KpiTargetService#create}.
 */
public record NewKpiDraft(int year, @Nullable String code, @Nullable String nameZh, @Nullable String nameEn,
		@Nullable String unitZh, @Nullable String unitEn, @Nullable KpiSource source, @Nullable KpiDirection direction,
		@Nullable KpiAggregation aggregation, @Nullable BigDecimal target) {
}
