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
 * (polygons and multipolygons), bins (aggregates of many points: see {@link #bins})
 * @param zIndex stacking order among overlays (higher on top)
 * @param tooltipProperty a feature property shown on hover, as text
 * @param offsetX for bins: how far each bin's circle is drawn from its point, in screen
 * pixels (right), so that several bin layers over one grid sit side by side
 * @param offsetY for bins: the same, downwards
 */
public record MapLayer(String id, Kind kind, List<MapFeature> features, LayerStyle style, boolean clustered,
		boolean visible, int zIndex, double radius, @Nullable String tooltipProperty, boolean interactive, int offsetX,
		int offsetY) {

	public enum Kind {

		MARKERS, CIRCLES, SHAPES, BINS

	}

	/** The property of a bin that holds how many points it stands for (its label). */
	public static final String COUNT = "count";

	public MapLayer {
		features = List.copyOf(features);
	}

	public static MapLayer markers(String id, List<MapFeature> features, LayerStyle style) {
		return new MapLayer(id, Kind.MARKERS, features, style, true, true, 30, 0, null, true, 0, 0);
	}

	public static MapLayer circles(String id, List<MapFeature> features, LayerStyle style, double radiusMetres) {
		return new MapLayer(id, Kind.CIRCLES, features, style.withFill(0.12), false, true, 20, radiusMetres, null,
				false, 0, 0);
	}

	public static MapLayer shapes(String id, List<MapFeature> features, LayerStyle style) {
		return new MapLayer(id, Kind.SHAPES, features, style, false, true, 10, 0, null, false, 0, 0);
	}

	/**
	 * Aggregated points: each feature is a point (drawn at the mean position of the
	 * points it stands for) with the property {@value #COUNT} (a long); the browser draws
	 * it as a circle labelled with the count, its size growing with log(count), coloured
	 * by the style, never clustered. Clicking a bin zooms the map in on it by two levels
	 * (in the browser), which then asks the server for that view again. Add a hover text
	 * with {@link #tooltip(String)}.
	 */
	public static MapLayer bins(String id, List<MapFeature> features, LayerStyle style) {
		for (MapFeature f : features) {
			if (f.point() == null || !(f.properties().get(COUNT) instanceof Number)) {
				throw new IllegalArgumentException("a bin is a point with a numeric \"count\": " + f.id());
			}
		}
		return new MapLayer(id, Kind.BINS, features, style, false, true, 30, 0, null, true, 0, 0);
	}

	public MapLayer clustered(boolean clustered) {
		return new MapLayer(id, kind, features, style, clustered, visible, zIndex, radius, tooltipProperty, interactive,
				offsetX, offsetY);
	}

	public MapLayer visible(boolean visible) {
		return new MapLayer(id, kind, features, style, clustered, visible, zIndex, radius, tooltipProperty, interactive,
				offsetX, offsetY);
	}

	public MapLayer zIndex(int zIndex) {
		return new MapLayer(id, kind, features, style, clustered, visible, zIndex, radius, tooltipProperty, interactive,
				offsetX, offsetY);
	}

	public MapLayer tooltip(String property) {
		return new MapLayer(id, kind, features, style, clustered, visible, zIndex, radius, property, interactive,
				offsetX, offsetY);
	}

	public MapLayer interactive(boolean interactive) {
		return new MapLayer(id, kind, features, style, clustered, visible, zIndex, radius, tooltipProperty, interactive,
				offsetX, offsetY);
	}

	/**
	 * For bins: draws each bin's circle this many screen pixels right and down of its
	 * point.
	 */
	public MapLayer offset(int offsetX, int offsetY) {
		return new MapLayer(id, kind, features, style, clustered, visible, zIndex, radius, tooltipProperty, interactive,
				offsetX, offsetY);
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
		m.put("offset", List.of(offsetX, offsetY));
		m.put("geojson", GeoJson.featureCollection(features));
		return Json.write(m);
	}

}
