package org.unionstations.portal.station;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the station list is narrowed to. Empty sets and nulls mean "any".
 *
 * @param text matched against name and address, case-insensitively
 * @param services the station offers every one of these
 */
public record StationFilter(Set<StationType> types, @Nullable Long districtId, Set<StationStatus> statuses,
		@Nullable String text, Set<Amenity> services) {

	public static final StationFilter ALL = new StationFilter(Set.of(), null, Set.of(), null, Set.of());

	public StationFilter {
		types = Set.copyOf(types);
		statuses = Set.copyOf(statuses);
		text = text == null || text.isBlank() ? null : text.strip();
		services = Set.copyOf(services);
	}

	public StationFilter withTypes(Set<StationType> types) {
		return new StationFilter(types, districtId, statuses, text, services);
	}

	public StationFilter withDistrictId(@Nullable Long districtId) {
		return new StationFilter(types, districtId, statuses, text, services);
	}

	public StationFilter withStatuses(Set<StationStatus> statuses) {
		return new StationFilter(types, districtId, statuses, text, services);
	}

	public StationFilter withText(@Nullable String text) {
		return new StationFilter(types, districtId, statuses, text, services);
	}

	public StationFilter withServices(Set<Amenity> services) {
		return new StationFilter(types, districtId, statuses, text, services);
	}

}
