package org.unionstations.portal.operator;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One district's reporting: {@code due} stations owe the last due report (or their
 * closing month's), {@code late} of them have not filed it. No district (null names):
 * stations outside every district.
 */
public record DistrictDiscipline(@Nullable Long districtId, @Nullable String nameZh, @Nullable String nameEn, int due,
		int late) {

	public int onTime() {
		return due - late;
	}

	/** The share filed on time, 0 to 1; 1 when nothing is due. */
	public double onTimeShare() {
		return due == 0 ? 1 : (double) onTime() / due;
	}

	public @Nullable String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

}
