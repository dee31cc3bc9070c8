package org.unionstations.portal.programme;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

/** The station a programme record belongs to, as grids show it. */
public record ProgrammeStation(long id, String name, String address, StationType type, StationStatus status,
		@Nullable String districtNameZh, @Nullable String districtNameEn, double longitude, double latitude) {

	public @Nullable String districtName(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? districtNameZh : districtNameEn;
	}

}
