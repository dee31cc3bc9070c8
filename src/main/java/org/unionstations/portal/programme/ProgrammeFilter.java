package org.unionstations.portal.programme;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.station.StationType;

/**
 * What a programme grid is narrowed to: the programme year, and optionally a district, a
 * station type, a status (the programme's own status enum) and text matched against the
 * station's name and address. Nulls mean "any".
 */
public record ProgrammeFilter(int year, @Nullable Long districtId, @Nullable StationType stationType,
		@Nullable Enum<?> status, @Nullable String text) {

	public ProgrammeFilter {
		text = text == null || text.isBlank() ? null : text.strip();
	}

	public static ProgrammeFilter year(int year) {
		return new ProgrammeFilter(year, null, null, null, null);
	}

	public ProgrammeFilter withDistrictId(@Nullable Long districtId) {
		return new ProgrammeFilter(year, districtId, stationType, status, text);
	}

	public ProgrammeFilter withStationType(@Nullable StationType stationType) {
		return new ProgrammeFilter(year, districtId, stationType, status, text);
	}

	public ProgrammeFilter withStatus(@Nullable Enum<?> status) {
		return new ProgrammeFilter(year, districtId, stationType, status, text);
	}

	public ProgrammeFilter withText(@Nullable String text) {
		return new ProgrammeFilter(year, districtId, stationType, status, text);
	}

	public ProgrammeFilter withYear(int year) {
		return new ProgrammeFilter(year, districtId, stationType, status, text);
	}

}
