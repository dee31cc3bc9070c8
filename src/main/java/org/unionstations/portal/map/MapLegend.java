package org.unionstations.portal.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The legend in the map's corner. */
public record MapLegend(String title, List<Item> items) {

	public record Item(String color, String label, boolean box) {
	}

	public MapLegend {
		items = List.copyOf(items);
	}

	String toJson() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("title", title);
		m.put("items",
				items.stream()
					.map(i -> Map.of("color", i.color(), "label", i.label(), "shape", i.box() ? "box" : "dot"))
					.toList());
		return Json.write(m);
	}

}
