package org.unionstations.portal.station;

import java.util.Set;

/**
 * What an operator may change on their own station: services, opening hours, open or
 * temporarily suspended (with a reason), and the contact. {@code version} is the version
 * they read.
 */
public record OperationalUpdate(long version, Set<Amenity> services, OpeningHours openingHours, StationStatus status,
		String statusReason, String contactPerson, String contactPhone) {

	public OperationalUpdate {
		services = Set.copyOf(services);
		statusReason = statusReason == null ? "" : statusReason;
		contactPerson = contactPerson == null ? "" : contactPerson;
		contactPhone = contactPhone == null ? "" : contactPhone;
	}

}
