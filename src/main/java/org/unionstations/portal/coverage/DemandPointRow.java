package org.unionstations.portal.coverage;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** One demand point as lists and maps show it. */
public record DemandPointRow(long id, DemandCategory category, String name, int workers, double longitude,
		double latitude, @Nullable String districtNameZh, @Nullable String districtNameEn) {

	public @Nullable String districtName(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? districtNameZh : districtNameEn;
	}

}
