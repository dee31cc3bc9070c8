package org.unionstations.portal.coverage;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.unionstations.portal.district.District;

/**
 * A demand point's audited fields as text, for the change log: codes, WGS84 coordinates
 * with 6 decimals, the district's code.
 */
final class DemandPointSnapshot {

	static final String ENTITY_TYPE = "DEMAND_POINT";

	private DemandPointSnapshot() {
	}

	static Map<String, String> of(DemandPoint p) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", p.getName());
		fields.put("category", p.getCategory().name());
		fields.put("workers", String.valueOf(p.getWorkers()));
		fields.put("location",
				String.format(Locale.ROOT, "%.6f, %.6f", p.getLocation().getX(), p.getLocation().getY()));
		District d = p.getDistrict();
		fields.put("district", d == null ? null : d.getCode());
		return fields;
	}

}
