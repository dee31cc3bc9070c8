package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One KPI on the board: its figure measured through a day, the share of the target
 * (percent, one decimal) and where it stands against its pace.
 */
public record KpiCard(KpiDefinition kpi, BigDecimal actual, @Nullable BigDecimal percent, LocalDate measuredThrough,
		Pace pace) {

	static KpiCard of(KpiDefinition kpi, BigDecimal actual, LocalDate measuredThrough) {
		BigDecimal value = actual.setScale(kpi.scale(), RoundingMode.HALF_UP);
		BigDecimal percent = kpi.target().signum() == 0 ? null
				: value.multiply(BigDecimal.valueOf(100)).divide(kpi.target(), 1, RoundingMode.HALF_UP);
		Pace pace = Pace.of(kpi.direction(), kpi.target(), new SeasonalShare(kpi.year(), kpi.monthlyProfile()),
				measuredThrough, value, kpi.scale());
		return new KpiCard(kpi, value, percent, measuredThrough, pace);
	}

}
