package org.unionstations.portal.district;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The city the portal serves: its name (an admin setting, saved with the districts) and
 * its GB/T 2260 code, the districts' common parent (first four digits + "00"; null when
 * the districts do not share one or there are none).
 */
public record City(@Nullable String code, String nameZh, String nameEn) {

	public static final City UNNAMED = new City(null, "", "");

	public static final int NAME_MAX = 60;

	public String name(Locale locale) {
		return DistrictRef.isChinese(locale) || nameEn.isBlank() ? nameZh : nameEn;
	}

	public boolean named() {
		return !nameZh.isBlank();
	}

}
