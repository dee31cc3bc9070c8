package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A KPI of the catalogue as read: what it measures and its target. */
public record KpiDefinition(long id, int year, String code, String nameZh, String nameEn, String unitZh, String unitEn,
		BigDecimal target, KpiDirection direction, KpiSource source, KpiAggregation aggregation,
		@Nullable List<BigDecimal> monthlyProfile, @Nullable BigDecimal lastYearActual,
		Map<Long, BigDecimal> districtTargets, int scale, long version) {

	public KpiDefinition {
		monthlyProfile = monthlyProfile == null ? null : List.copyOf(monthlyProfile);
		districtTargets = Map.copyOf(districtTargets);
	}

	static KpiDefinition of(Kpi k) {
		return new KpiDefinition(k.getId(), k.getYear(), k.getCode(), k.getNameZh(), k.getNameEn(), k.getUnitZh(),
				k.getUnitEn(), k.getTarget(), k.getDirection(), k.getSource(), k.getAggregation(),
				k.getMonthlyProfile(), k.getLastYearActual(), k.getDistrictTargets(), k.scale(), k.getVersion());
	}

	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

	public String unit(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? unitZh : unitEn;
	}

	/**
	 * Measured through: the last ended month for monthly figures, else the as-of day
	 * itself.
	 */
	public LocalDate measuredThrough(LocalDate asOf) {
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		if (asOf.isAfter(yearEnd)) {
			return yearEnd;
		}
		return source.monthly() ? asOf.withDayOfMonth(1).minusDays(1) : asOf;
	}

}
