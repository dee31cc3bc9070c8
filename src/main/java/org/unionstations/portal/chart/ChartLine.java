package org.unionstations.portal.chart;

import org.jspecify.annotations.Nullable;

/**
 * A reference line across the plot at a value of the value axis (horizontal in a VERTICAL
 * chart, vertical in a HORIZONTAL one), e.g. "目标 target" at the year's target. The value
 * axis always reaches the line.
 *
 * @param color a CSS colour, or null for the theme's
 */
public record ChartLine(String label, double value, @Nullable String color) {

	public ChartLine {
		Check.notNull(label, "line label");
		Check.finite(value, "line value");
		Check.color(color);
	}

	public ChartLine(String label, double value) {
		this(label, value, null);
	}

}
