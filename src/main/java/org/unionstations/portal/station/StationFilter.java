package org.unionstations.portal.station;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the station list is narrowed to. Empty sets and nulls mean "any".
 *
 * @param text matched against name and address, case-insensitively
 */
public record StationFilter(Set<StationType> types, @Nullable Long districtId, Set<StationStatus> statuses,
		@Nullable String text) {

	public static final StationFilter ALL = new StationFilter(Set.of(), null, Set.of(), null);

	public StationFilter {
		types = Set.copyOf(types);
		statuses = Set.copyOf(statuses);
		text = text == null || text.isBlank() ? null : text.strip();
	}

	public StationFilter withTypes(Set<StationType> types) {
		return new StationFilter(types, districtId, statuses, text);
	}

	public StationFilter withDistrictId(@Nullable Long districtId) {
		return new StationFilter(types, districtId, statuses, text);
	}

	public StationFilter withStatuses(Set<StationStatus> statuses) {
		return new StationFilter(types, districtId, statuses, text);
	}

	public StationFilter withText(@Nullable String text) {
		return new StationFilter(types, districtId, statuses, text);
	}

}
