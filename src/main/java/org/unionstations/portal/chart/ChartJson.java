package org.unionstations.portal.chart;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON document {@code <us-chart>} receives per chart (its {@code spec}
 * property). Enum values go as their names; the version numbers the specs a component has
 * been sent, so the browser can tell which one it has drawn.
 */
final class ChartJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChartJson() {
	}

	static String write(ChartSpec spec, int version) {
		ObjectNode root = JSON.createObjectNode();
		root.put("version", version);
		root.put("orientation", spec.orientation().name());
		putOptional(root, "title", spec.title());
		putOptional(root, "unit", spec.unit());
		ArrayNode categories = root.putArray("categories");
		for (ChartCategory c : spec.categories()) {
			categories.addObject().put("key", c.key()).put("label", c.label());
		}
		ArrayNode series = root.putArray("series");
		for (ChartSeries s : spec.series()) {
			series.add(series(s));
		}
		ArrayNode lines = root.putArray("lines");
		for (ChartLine l : spec.lines()) {
			ObjectNode line = lines.addObject().put("label", l.label()).put("value", l.value());
			putOptional(line, "color", l.color());
		}
		return JSON.writeValueAsString(root);
	}

	private static ObjectNode series(ChartSeries s) {
		ObjectNode node = JSON.createObjectNode();
		node.put("key", s.key());
		node.put("label", s.label());
		node.put("kind", s.kind().name());
		ArrayNode values = node.putArray("values");
		for (Double v : s.values()) {
			if (v == null) {
				values.addNull();
			}
			else {
				values.add(v);
			}
		}
		node.put("style", s.style().name());
		putOptional(node, "color", s.color());
		List<@Nullable String> pointColors = s.pointColors();
		if (pointColors == null) {
			node.putNull("pointColors");
		}
		else {
			ArrayNode colors = node.putArray("pointColors");
			pointColors.forEach(colors::add);
		}
		putOptional(node, "stack", s.stack());
		node.put("showLabels", s.showLabels());
		node.put("format", s.valueFormat().name());
		return node;
	}

	private static void putOptional(ObjectNode node, String name, @Nullable String value) {
		if (value == null) {
			node.putNull(name);
		}
		else {
			node.put(name, value);
		}
	}

	/** An enum as the lower-case word the component's attributes take. */
	static String word(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
