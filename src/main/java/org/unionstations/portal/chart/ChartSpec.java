package org.unionstations.portal.chart;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Everything one chart shows, checked when built: categories with unique keys, at least
 * one series, series with unique keys and exactly one value per category. The browser
 * receives it whole ({@link PortalChart#setChart}); every text in it is shown as text.
 *
 * <p>
 * The three charts of the leadership board are built by {@link BoardCharts}.
 *
 * @param unit the value axis' name, e.g. "个" or "人次"; null (or blank) for none
 * @param lines reference lines across the plot (targets)
 * @param title a title inside the chart (a wall screen, a printout); null for none
 */
public record ChartSpec(ChartOrientation orientation, List<ChartCategory> categories, List<ChartSeries> series,
		@Nullable String unit, List<ChartLine> lines, @Nullable String title) {

	public ChartSpec {
		Check.notNull(orientation, "orientation");
		categories = List.copyOf(Check.notNull(categories, "categories"));
		series = List.copyOf(Check.notNull(series, "series"));
		lines = List.copyOf(Check.notNull(lines, "lines"));
		if (series.isEmpty()) {
			throw new IllegalArgumentException("a chart needs at least one series");
		}
		Check.unique(categories, ChartCategory::key, "category key");
		Check.unique(series, ChartSeries::key, "series key");
		for (ChartSeries s : series) {
			if (s.values().size() != categories.size()) {
				throw new IllegalArgumentException("series " + s.key() + " has " + s.values().size() + " values for "
						+ categories.size() + " categories");
			}
		}
		unit = Check.optional(unit);
		title = Check.optional(title);
	}

	/** A chart without unit, reference lines or title. */
	public static ChartSpec of(ChartOrientation orientation, List<ChartCategory> categories, List<ChartSeries> series) {
		return new ChartSpec(orientation, categories, series, null, List.of(), null);
	}

	public ChartSpec withUnit(@Nullable String unit) {
		return new ChartSpec(orientation, categories, series, unit, lines, title);
	}

	public ChartSpec withLines(List<ChartLine> lines) {
		return new ChartSpec(orientation, categories, series, unit, lines, title);
	}

	public ChartSpec withTitle(@Nullable String title) {
		return new ChartSpec(orientation, categories, series, unit, lines, title);
	}

	/** The category at an index, if there is one. */
	public Optional<ChartCategory> category(int index) {
		return index >= 0 && index < categories.size() ? Optional.of(categories.get(index)) : Optional.empty();
	}

	/** The index of the category with this key, or -1. */
	public int categoryIndex(String key) {
		for (int i = 0; i < categories.size(); i++) {
			if (categories.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	public Optional<ChartSeries> series(String key) {
		return series.stream().filter(s -> s.key().equals(key)).findFirst();
	}

}
