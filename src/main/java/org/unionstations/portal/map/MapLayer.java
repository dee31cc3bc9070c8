package org.unionstations.portal.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One overlay of the map, sent to the browser as a single GeoJSON payload.
 *
 * @param kind markers (clickable points, optionally clustered), circles (points drawn as
 * circles of {@code radius} metres, or each feature's "radius" property), shapes
 * (polygons and multipolygons)
 * @param zIndex stacking order among overlays (higher on top)
 * @param tooltipProperty a feature property shown on hover, as text
 */
public record MapLayer(String id, Kind kind, List<MapFeature> features, LayerStyle style, boolean clustered,
		boolean visible, int zIndex, double radius, @Nullable String tooltipProperty, boolean interactive) {

	public enum Kind {

		MARKERS, CIRCLES, SHAPES

	}

	public MapLayer {
		features = List.copyOf(features);
	}

	public static MapLayer markers(String id, List<MapFeature> features, LayerStyle style) {
		return new MapLayer(id, Kind.MARKERS, features, style, true, true, 30, 0, null, true);
	}

	public static MapLayer circles(String id, List<MapFeature> features, LayerStyle style, double radiusMetres) {
		return new MapLayer(id, Kind.CIRCLES, features, style.withFill(0.12), false, true, 20, radiusMetres, null,
				false);
	}

	public static MapLayer shapes(String id, List<MapFeature> features, LayerStyle style) {
		return new MapLayer(id, Kind.SHAPES, features, style, false, true, 10, 0, null, false);
	}

	public MapLayer clustered(boolean clustered) {
		return new MapLayer(id, kind, features, style, clustered, visible, zIndex, radius, tooltipProperty,
				interactive);
	}

	public MapLayer visible(boolean visible) {
		return new MapLayer(id, kind, features, style, clustered, visible, zIndex, radius, tooltipProperty,
				interactive);
	}

	public MapLayer zIndex(int zIndex) {
		return new MapLayer(id, kind, features, style, clustered, visible, zIndex, radius, tooltipProperty,
				interactive);
	}

	public MapLayer tooltip(String property) {
		return new MapLayer(id, kind, features, style, clustered, visible, zIndex, radius, property, interactive);
	}

	public MapLayer interactive(boolean interactive) {
		return new MapLayer(id, kind, features, style, clustered, visible, zIndex, radius, tooltipProperty,
				interactive);
	}

	String toJson() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", id);
		m.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
		m.put("clustered", clustered);
		m.put("visible", visible);
		m.put("zIndex", zIndex);
		m.put("style", style.toMap());
		m.put("radius", radius);
		m.put("tooltipProperty", tooltipProperty);
		m.put("interactive", interactive);
		m.put("geojson", GeoJson.featureCollection(features));
		return Json.write(m);
	}

}
