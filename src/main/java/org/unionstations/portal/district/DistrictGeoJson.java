package org.unionstations.portal.district;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.unionstations.portal.base.FieldProblem;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of district boundaries: each feature's properties as
 * text and its Polygon or MultiPolygon (JTS's {@link GeoJsonReader}, WGS84 as GeoJSON
 * requires). What cannot be read is reported per feature or for the file, never thrown.
 */
final class DistrictGeoJson {

	/** 20 MB: a city's districts at full detail are a few MB. */
	static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

	static final int MAX_FEATURES = 1000;

	static final String GEOMETRY = "geometry";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	/** A feature of the file: its properties as text, its boundary when readable. */
	record Feature(int number, Map<String, String> properties, @Nullable Geometry geometry,
			List<FieldProblem> problems) {

		Feature {
			properties = Map.copyOf(properties);
			problems = List.copyOf(problems);
		}

	}

	/**
	 * The file: its features, the property names they use, problems of the whole file.
	 */
	record File(List<Feature> features, List<String> properties, List<FieldProblem> problems) {

		File {
			features = List.copyOf(features);
			properties = List.copyOf(properties);
			problems = List.copyOf(problems);
		}

		static File refused(String messageKey, Object... args) {
			return new File(List.of(), List.of(), List.of(FieldProblem.of("file", messageKey, args)));
		}

	}

	private DistrictGeoJson() {
	}

	static File read(byte[] content) {
		if (content.length > MAX_FILE_BYTES) {
			return File.refused("district.import.problem.too-large", MAX_FILE_BYTES / (1024 * 1024));
		}
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException e) {
			return File.refused("district.import.problem.not-json");
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))
				|| !root.path("features").isArray()) {
			return File.refused("district.import.problem.not-feature-collection");
		}
		JsonNode features = root.get("features");
		if (features.isEmpty()) {
			return File.refused("district.import.problem.no-features");
		}
		if (features.size() > MAX_FEATURES) {
			return File.refused("district.import.problem.too-many-features", MAX_FEATURES);
		}
		Set<String> propertyNames = new LinkedHashSet<>();
		List<Feature> read = new ArrayList<>();
		int number = 0;
		for (JsonNode feature : features) {
			number++;
			Map<String, String> properties = properties(feature.path("properties"));
			propertyNames.addAll(properties.keySet());
			read.add(feature(number, properties, feature.get(GEOMETRY)));
		}
		return new File(read, List.copyOf(propertyNames), List.of());
	}

	private static Feature feature(int number, Map<String, String> properties, @Nullable JsonNode geometry) {
		if (geometry == null || geometry.isNull()) {
			return new Feature(number, properties, null,
					List.of(FieldProblem.of(GEOMETRY, "district.import.problem.no-geometry")));
		}
		String type = text(geometry.get("type"));
		if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
			return new Feature(number, properties, null, List
				.of(FieldProblem.of(GEOMETRY, "district.import.problem.geometry-type", type == null ? "" : type)));
		}
		Geometry read;
		try {
			read = new GeoJsonReader(WGS84).read(geometry.toString());
		}
		catch (ParseException | RuntimeException e) {
			// JTS refuses unclosed rings and rings of fewer than four points while
			// reading
			return new Feature(number, properties, null,
					List.of(FieldProblem.of(GEOMETRY, "district.import.problem.geometry-unreadable")));
		}
		if (!(read instanceof Polygon || read instanceof MultiPolygon) || read.isEmpty()) {
			return new Feature(number, properties, null,
					List.of(FieldProblem.of(GEOMETRY, "district.import.problem.geometry-unreadable")));
		}
		for (Coordinate c : read.getCoordinates()) {
			if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
				// a projected file (metres) or swapped axes: not WGS84 longitude/latitude
				return new Feature(number, properties, null,
						List.of(FieldProblem.of(GEOMETRY, "district.import.problem.not-wgs84")));
			}
		}
		read.setSRID(4326);
		return new Feature(number, properties, read, List.of());
	}

	private static Map<String, String> properties(JsonNode properties) {
		Map<String, String> values = new LinkedHashMap<>();
		if (properties.isObject()) {
			for (Map.Entry<String, JsonNode> p : properties.properties()) {
				JsonNode value = p.getValue();
				if (value.isString() || value.isNumber() || value.isBoolean()) {
					values.put(p.getKey(), value.asString().strip());
				}
			}
		}
		return values;
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return node != null && node.isString() ? node.asString() : null;
	}

}
