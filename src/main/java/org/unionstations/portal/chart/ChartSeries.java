package org.unionstations.portal.chart;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One series of a chart: a value per category, in the categories' order.
 *
 * @param key stable id, sent back with a click on one of its points
 * @param label shown in the legend and the tooltip (as text)
 * @param values one per category; null = no value there (a future month): a gap in a
 * line, no bar
 * @param style a dashed line (plan, projection) or a solid one
 * @param color a CSS colour, or null for the theme's palette
 * @param pointColors null, or a CSS colour (or null = the series colour) per category,
 * e.g. bars coloured by status
 * @param stack series with the same stack name are stacked; null = not stacked
 * @param showLabels whether each point shows its value
 * @param valueFormat how values are printed; the first series' format also labels the
 * value axis
 */
public record ChartSeries(String key, String label, SeriesKind kind, List<@Nullable Double> values, SeriesStyle style,
		@Nullable String color, @Nullable List<@Nullable String> pointColors, @Nullable String stack,
		boolean showLabels, ValueFormat valueFormat) {

	public ChartSeries {
		Check.key(key, "series key");
		Check.notNull(label, "label of series " + key);
		Check.notNull(kind, "kind of series " + key);
		Check.notNull(style, "style of series " + key);
		Check.notNull(valueFormat, "value format of series " + key);
		values = Check.copyWithNulls(values, "values of series " + key);
		for (Double value : values) {
			if (value != null) {
				Check.finite(value, "a value of series " + key);
			}
		}
		Check.color(color);
		if (pointColors != null) {
			pointColors = Check.copyWithNulls(pointColors, "point colours of series " + key);
			if (pointColors.size() != values.size()) {
				throw new IllegalArgumentException("series " + key + " has " + values.size() + " values but "
						+ pointColors.size() + " point colours");
			}
			pointColors.forEach(Check::color);
		}
		stack = Check.optional(stack);
	}

	/** Bars, solid, theme colour, no value labels, whole numbers. */
	public static ChartSeries bar(String key, String label, List<@Nullable Double> values) {
		return new ChartSeries(key, label, SeriesKind.BAR, values, SeriesStyle.SOLID, null, null, null, false,
				ValueFormat.INTEGER);
	}

	/** A solid line, theme colour, whole numbers. */
	public static ChartSeries line(String key, String label, List<@Nullable Double> values) {
		return new ChartSeries(key, label, SeriesKind.LINE, values, SeriesStyle.SOLID, null, null, null, false,
				ValueFormat.INTEGER);
	}

	/** A solid line with its area filled, theme colour, whole numbers. */
	public static ChartSeries area(String key, String label, List<@Nullable Double> values) {
		return new ChartSeries(key, label, SeriesKind.AREA, values, SeriesStyle.SOLID, null, null, null, false,
				ValueFormat.INTEGER);
	}

	/** Ticks at the values, no line between them, whole numbers. */
	public static ChartSeries marker(String key, String label, List<@Nullable Double> values) {
		return new ChartSeries(key, label, SeriesKind.MARKER, values, SeriesStyle.SOLID, null, null, null, false,
				ValueFormat.INTEGER);
	}

	public ChartSeries withStyle(SeriesStyle style) {
		return new ChartSeries(key, label, kind, values, style, color, pointColors, stack, showLabels, valueFormat);
	}

	public ChartSeries withColor(@Nullable String color) {
		return new ChartSeries(key, label, kind, values, style, color, pointColors, stack, showLabels, valueFormat);
	}

	public ChartSeries withPointColors(@Nullable List<@Nullable String> pointColors) {
		return new ChartSeries(key, label, kind, values, style, color, pointColors, stack, showLabels, valueFormat);
	}

	public ChartSeries withStack(@Nullable String stack) {
		return new ChartSeries(key, label, kind, values, style, color, pointColors, stack, showLabels, valueFormat);
	}

	public ChartSeries withLabels(boolean showLabels) {
		return new ChartSeries(key, label, kind, values, style, color, pointColors, stack, showLabels, valueFormat);
	}

	public ChartSeries withFormat(ValueFormat valueFormat) {
		return new ChartSeries(key, label, kind, values, style, color, pointColors, stack, showLabels, valueFormat);
	}

}
