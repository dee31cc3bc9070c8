package org.unionstations.portal.station;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Everything about one station, as editors, popups and operators see it. */
public record StationDetails(long id, long version, StationType type, String name, String address, double longitude,
		double latitude, @Nullable Long districtId, @Nullable String districtNameZh, @Nullable String districtNameEn,
		@Nullable String hostOrganisation, @Nullable String contactPerson, @Nullable String contactPhone,
		StationStatus status, @Nullable String statusReason, OpeningHours openingHours, Set<Amenity> services,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	public StationDetails {
		// declaration order, so lists read the same every time
		services = services.isEmpty() ? Set.of()
				: java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(services));
	}

	public @Nullable String districtName(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? districtNameZh : districtNameEn;
	}

	/** A working copy for the editor. */
	public StationDraft toDraft() {
		StationDraft draft = new StationDraft();
		draft.setVersion(version);
		draft.setType(type);
		draft.setName(name);
		draft.setAddress(address);
		draft.setLongitude(longitude);
		draft.setLatitude(latitude);
		draft.setDistrictId(districtId);
		draft.setHostOrganisation(hostOrganisation);
		draft.setContactPerson(contactPerson);
		draft.setContactPhone(contactPhone);
		draft.setStatus(status);
		draft.setStatusReason(statusReason);
		draft.setOpeningHours(openingHours);
		draft.setServices(services);
		return draft;
	}

}
