package org.unionstations.portal.map;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One feature of a map layer: a WGS84 point, or a geometry PostGIS already wrote as
 * GeoJSON ({@code ST_AsGeoJSON}). Properties carry what the layer's style, tooltip and
 * the view need; keep them few, they travel for every feature.
 */
public record MapFeature(String id, @Nullable double[] point, @Nullable String geometryGeoJson,
		Map<String, ?> properties) {

	public MapFeature {
		properties = Map.copyOf(properties);
	}

	public static MapFeature point(Object id, double longitude, double latitude, Map<String, ?> properties) {
		return new MapFeature(String.valueOf(id), new double[] { longitude, latitude }, null, properties);
	}

	public static MapFeature shape(Object id, String geometryGeoJson, Map<String, ?> properties) {
		return new MapFeature(String.valueOf(id), null, geometryGeoJson, properties);
	}

}
