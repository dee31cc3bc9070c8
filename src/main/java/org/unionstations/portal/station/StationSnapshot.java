package org.unionstations.portal.station;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.unionstations.portal.district.District;

/**
 * A station's audited fields as text, for the change log. Values are language-neutral
 * (codes, canonical hours, WGS84 coordinates with 6 decimals); the history view
 * translates them.
 */
final class StationSnapshot {

	static final String ENTITY_TYPE = "STATION";

	private StationSnapshot() {
	}

	static Map<String, String> of(Station s) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", s.getName());
		fields.put("type", s.getType().name());
		fields.put("status", s.getStatus().name());
		fields.put("statusReason", s.getStatusReason());
		fields.put("address", s.getAddress());
		fields.put("location",
				String.format(Locale.ROOT, "%.6f, %.6f", s.getLocation().getX(), s.getLocation().getY()));
		District d = s.getDistrict();
		fields.put("district", d == null ? null : d.getCode());
		fields.put("hostOrganisation", s.getHostOrganisation());
		fields.put("contactPerson", s.getContactPerson());
		fields.put("contactPhone", s.getContactPhone());
		fields.put("openingHours", s.getOpeningHours().format());
		fields.put("services", s.getServices().stream().map(Enum::name).collect(Collectors.joining(",")));
		return fields;
	}

}
