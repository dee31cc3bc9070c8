package org.unionstations.portal.district;

/**
 * A hole in the union of an imported file's boundaries, inside its outer ring, larger
 * than the tolerance: land of the city that no district would cover.
 *
 * @param longitude a WGS84 point inside the gap, to find it on the map
 */
public record DistrictGap(int number, double areaKm2, double longitude, double latitude, String geometryGeoJson) {
}
