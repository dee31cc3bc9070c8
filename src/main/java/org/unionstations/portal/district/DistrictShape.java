package org.unionstations.portal.district;

/** A district with its boundary as a GeoJSON geometry, for maps. */
public record DistrictShape(DistrictRef district, String geometryGeoJson, double areaKm2) {
}
