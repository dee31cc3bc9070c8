package org.unionstations.portal.base.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts every export shares: coordinates with 6 decimals, CSV and Excel from rows of
 * text and numbers with text that a spreadsheet would run as a formula guarded
 * ({@link FormulaGuard}), and GeoJSON points.
 */
public final class TableExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TableExport() {
	}

	/** WGS84 degrees with 6 decimals (about 0.1 m), as exports write them. */
	public static BigDecimal coordinate(double degrees) {
		return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP);
	}

	/**
	 * A CSV file (UTF-8 with a byte order mark) of a header and rows of cells: text
	 * guarded, numbers in plain notation, null as an empty cell.
	 */
	public static byte[] csv(List<String> header, List<List<@Nullable Object>> rows) {
		List<List<String>> lines = new ArrayList<>(rows.size() + 1);
		lines.add(header);
		for (List<@Nullable Object> row : rows) {
			lines.add(row.stream().map(TableExport::csvCell).toList());
		}
		return Csv.write(lines);
	}

	/** The rows for {@link Xlsx}: text guarded, numbers as they are. */
	public static List<List<@Nullable Object>> guarded(List<List<@Nullable Object>> rows) {
		return rows.stream()
			.map(row -> row.stream().map(v -> v instanceof String text ? FormulaGuard.guard(text) : v).toList())
			.toList();
	}

	/**
	 * A GeoJSON FeatureCollection (RFC 7946: WGS84, longitude before latitude) of points,
	 * one per item, each with its id and the properties {@code properties} puts in.
	 */
	public static <T> byte[] geoJsonPoints(List<T> items, Function<T, Long> id, Function<T, double[]> lonLat,
			BiConsumer<T, ObjectNode> properties) {
		ObjectNode collection = JSON.createObjectNode();
		collection.put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (T item : items) {
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			feature.put("id", id.apply(item));
			double[] point = lonLat.apply(item);
			ObjectNode geometry = feature.putObject("geometry");
			geometry.put("type", "Point");
			geometry.putArray("coordinates").add(coordinate(point[0])).add(coordinate(point[1]));
			ObjectNode props = feature.putObject("properties");
			props.put("id", id.apply(item));
			properties.accept(item, props);
		}
		return JSON.writeValueAsString(collection).getBytes(StandardCharsets.UTF_8);
	}

	static String csvCell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number) {
			return value.toString();
		}
		return FormulaGuard.guard(value.toString());
	}

}
