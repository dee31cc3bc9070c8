package org.unionstations.portal.district;

import java.util.Locale;

/** A district as pickers and tables show it. */
public record DistrictRef(long id, String code, String nameZh, String nameEn, boolean boundaryApproximate) {

	public String name(Locale locale) {
		return isChinese(locale) ? nameZh : nameEn;
	}

	static boolean isChinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

	static DistrictRef of(District d) {
		return new DistrictRef(d.getId(), d.getCode(), d.getNameZh(), d.getNameEn(), d.isBoundaryApproximate());
	}

}
