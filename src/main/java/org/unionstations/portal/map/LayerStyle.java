package org.unionstations.portal.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How a layer is coloured: one colour, a colour per value of a property (station type),
 * or a choropleth by numeric breaks (value &lt; breaks[0] gets ramp[0], &lt; breaks[1]
 * gets ramp[1], ..., the rest gets the last colour).
 */
public record LayerStyle(String mode, @Nullable String property, String color, Map<String, String> colors,
		List<Double> breaks, List<String> rampColors, double fillOpacity, double weight, @Nullable String strokeColor,
		@Nullable String dashArray) {

	public LayerStyle {
		colors = Map.copyOf(colors);
		breaks = List.copyOf(breaks);
		rampColors = List.copyOf(rampColors);
	}

	public static LayerStyle fixed(String color) {
		return new LayerStyle("fixed", null, color, Map.of(), List.of(), List.of(), 0.2, 1.5, null, null);
	}

	public static LayerStyle categorical(String property, Map<String, String> colors, String fallback) {
		return new LayerStyle("categorical", property, fallback, colors, List.of(), List.of(), 0.2, 1.5, null, null);
	}

	public static LayerStyle choropleth(String property, List<Double> breaks, List<String> ramp) {
		if (ramp.size() != breaks.size() + 1) {
			throw new IllegalArgumentException("a choropleth needs one more colour than breaks");
		}
		return new LayerStyle("choropleth", property, ramp.getFirst(), Map.of(), breaks, ramp, 0.6, 0.5, "#ffffff",
				null);
	}

	public LayerStyle withFill(double opacity) {
		return new LayerStyle(mode, property, color, colors, breaks, rampColors, opacity, weight, strokeColor,
				dashArray);
	}

	public LayerStyle withStroke(@Nullable String color, double weight, @Nullable String dashArray) {
		return new LayerStyle(mode, property, this.color, colors, breaks, rampColors, fillOpacity, weight, color,
				dashArray);
	}

	Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("mode", mode);
		m.put("property", property);
		m.put("color", color);
		m.put("colors", colors);
		m.put("breaks", breaks);
		m.put("rampColors", rampColors);
		m.put("fillOpacity", fillOpacity);
		m.put("weight", weight);
		m.put("strokeColor", strokeColor);
		m.put("dashArray", dashArray);
		return m;
	}

}
