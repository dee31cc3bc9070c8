package org.unionstations.portal.station;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One station as lists show it. */
public record StationRow(long id, StationType type, String name, String address, @Nullable String districtNameZh,
		@Nullable String districtNameEn, StationStatus status, @Nullable String hostOrganisation, double longitude,
		double latitude, Instant updatedAt) {

	public @Nullable String districtName(java.util.Locale locale) {
		return "zh".equals(locale.getLanguage()) ? districtNameZh : districtNameEn;
	}

}
