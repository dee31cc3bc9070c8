package org.unionstations.portal.coverage;

/** A demand point on the map (WGS84). */
public record DemandMapPoint(long id, double longitude, double latitude, String name, DemandCategory category,
		int workers) {
}
