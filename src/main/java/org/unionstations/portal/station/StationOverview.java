package org.unionstations.portal.station;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One station as every signed-in reader may see it (the read-only station page). The
 * public facts are always there; the contact, the reason for a suspension and the change
 * history only when {@code fullRecord} is true, i.e. for those who see every station and
 * for an operator's own stations. For an operator reading someone else's station they are
 * null, and the history is refused by {@link StationService#history(long)}.
 */
public record StationOverview(long id, StationType type, String name, String address, double longitude, double latitude,
		@Nullable String districtNameZh, @Nullable String districtNameEn, @Nullable String hostOrganisation,
		StationStatus status, OpeningHours openingHours, Set<Amenity> services, Instant updatedAt, boolean fullRecord,
		@Nullable String statusReason, @Nullable String contactPerson, @Nullable String contactPhone) {

	public StationOverview {
		services = services.isEmpty() ? Set.of()
				: java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(services));
	}

	public @Nullable String districtName(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? districtNameZh : districtNameEn;
	}

}
