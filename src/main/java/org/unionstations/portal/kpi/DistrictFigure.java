package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A KPI's figure in one district ({@code districtId} {@code 0}: city-wide entries), with
 * the district's share of the target when the target is split.
 */
public record DistrictFigure(long districtId, String code, String nameZh, String nameEn, BigDecimal actual,
		@Nullable BigDecimal target, @Nullable BigDecimal percent) {

	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

}
