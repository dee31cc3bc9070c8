package org.unionstations.portal.coverage;

/**
 * The part of a district outside every service circle: area in km², share of the
 * district, and the shape as a GeoJSON geometry for the map (null when the district is
 * fully covered).
 */
public record UncoveredArea(String districtCode, String districtNameZh, String districtNameEn, double districtKm2,
		double uncoveredKm2, String geometryGeoJson) {

	public double uncoveredPercent() {
		return districtKm2 == 0 ? 0 : 100.0 * uncoveredKm2 / districtKm2;
	}

}
