package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One month of a KPI's trend: the figure at the month's end (null after the measured
 * day), the pace line and the projection at the run-rate (null up to the last measured
 * month, except that month itself, so the lines join).
 */
public record TrendPoint(YearMonth month, @Nullable BigDecimal actual, BigDecimal pace,
		@Nullable BigDecimal projection) {
}
