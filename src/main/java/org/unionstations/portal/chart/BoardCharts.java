package org.unionstations.portal.chart;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The three charts of the leadership KPI board, from plain figures and labels (the KPI
 * package computes the figures and translates the labels; this class knows no feature).
 * The series keys are constants, so a click listener can tell which series was clicked.
 */
public final class BoardCharts {

	public static final String PROGRESS = "progress";

	public static final String PACE = "pace";

	public static final String ACTUAL = "actual";

	public static final String PROJECTION = "projection";

	public static final String TARGET = "target";

	static final String ACTUAL_COLOR = "#1676f3";

	static final String PACE_COLOR = "#8a94a6";

	static final String TARGET_COLOR = "#c8102e";

	static final String DISTRICT_TARGET_COLOR = "#9fb3cc";

	private BoardCharts() {
	}

	/**
	 * One KPI on the progress chart.
	 *
	 * @param percentOfTarget actual as a percentage of the year's target (85.0 = 85 %)
	 * @param pacePercent where the KPI should be by now, as a percentage of the target
	 */
	public record KpiProgress(String key, String label, double percentOfTarget, double pacePercent,
			ProgressStatus status) {

		public KpiProgress {
			Check.notNull(status, "status");
		}

	}

	/** The words of the progress chart, translated by the caller. */
	public record ProgressLabels(String progress, String pace, String target) {
	}

	/**
	 * Progress per KPI: one horizontal bar per KPI (first KPI on top) of its percentage
	 * of target, coloured by its status, with its value printed; a tick on each bar at
	 * the pace percentage (series {@link #PACE}); a reference line at 100 % (the target).
	 * Bars are series {@link #PROGRESS}.
	 */
	public static ChartSpec progress(List<KpiProgress> kpis, ProgressLabels labels) {
		List<ChartCategory> categories = kpis.stream().map(k -> new ChartCategory(k.key(), k.label())).toList();
		ChartSeries bars = ChartSeries.bar(PROGRESS, labels.progress(), values(kpis, KpiProgress::percentOfTarget))
			.withPointColors(kpis.stream().<@Nullable String>map(k -> k.status().color()).toList())
			.withColor(ProgressStatus.ON_TRACK.color())
			.withLabels(true)
			.withFormat(ValueFormat.PERCENT);
		ChartSeries pace = ChartSeries.marker(PACE, labels.pace(), values(kpis, KpiProgress::pacePercent))
			.withColor(PACE_COLOR)
			.withFormat(ValueFormat.PERCENT);
		return ChartSpec.of(ChartOrientation.HORIZONTAL, categories, List.of(bars, pace))
			.withLines(List.of(new ChartLine(labels.target(), 100, TARGET_COLOR)));
	}

	/**
	 * The monthly figures of one KPI, one value per month (categories, usually January to
	 * December).
	 *
	 * @param actual cumulative actual, null for the months still to come
	 * @param pace cumulative figure the year's target needs by each month
	 * @param projection where the actual is heading: null up to the last month with an
	 * actual, a value for each later month (the chart joins it to the last actual)
	 * @param target the year's target, or null for none
	 */
	public record MonthlyTrend(List<ChartCategory> months, List<@Nullable Double> actual, List<@Nullable Double> pace,
			List<@Nullable Double> projection, @Nullable Double target) {

		public MonthlyTrend {
			months = List.copyOf(months);
			actual = Check.copyWithNulls(actual, "actual");
			pace = Check.copyWithNulls(pace, "pace");
			projection = Check.copyWithNulls(projection, "projection");
			int last = lastValue(actual);
			for (int i = 0; i <= last && i < projection.size(); i++) {
				if (projection.get(i) != null) {
					throw new IllegalArgumentException("the projection starts after the last actual month ("
							+ (last + 1) + "), not at month " + (i + 1));
				}
			}
		}

	}

	/** The words of the trend chart, translated by the caller. */
	public record TrendLabels(String actual, String pace, String projection, String target) {
	}

	/**
	 * A KPI's year against its pace: cumulative actual as a solid line with its area
	 * filled (series {@link #ACTUAL}, ending at the last month reported), the pace as a
	 * dashed grey line ({@link #PACE}), the projection as a dashed line from the last
	 * actual month to the end of the year ({@link #PROJECTION}), and the target as a red
	 * reference line.
	 */
	public static ChartSpec trend(MonthlyTrend trend, TrendLabels labels, ValueFormat format, @Nullable String unit) {
		List<@Nullable Double> projection = new ArrayList<>(trend.projection());
		int last = lastValue(trend.actual());
		if (last >= 0 && last < projection.size() && projection.stream().anyMatch(v -> v != null)) {
			projection.set(last, trend.actual().get(last));
		}
		List<ChartCategory> months = trend.months();
		ChartSeries actual = ChartSeries.area(ACTUAL, labels.actual(), trend.actual())
			.withColor(ACTUAL_COLOR)
			.withFormat(format);
		ChartSeries pace = ChartSeries.line(PACE, labels.pace(), trend.pace())
			.withStyle(SeriesStyle.DASHED)
			.withColor(PACE_COLOR)
			.withFormat(format);
		ChartSeries projected = ChartSeries.line(PROJECTION, labels.projection(), projection)
			.withStyle(SeriesStyle.DASHED)
			.withColor(ACTUAL_COLOR)
			.withFormat(format);
		Double target = trend.target();
		List<ChartLine> lines = target == null ? List.of()
				: List.of(new ChartLine(labels.target(), target, TARGET_COLOR));
		return ChartSpec.of(ChartOrientation.VERTICAL, months, List.of(actual, pace, projected))
			.withUnit(unit)
			.withLines(lines);
	}

	/**
	 * One district (or any part of the whole) on the breakdown chart.
	 *
	 * @param target its share of the target, or null for none
	 */
	public record Share(String key, String label, double actual, @Nullable Double target) {
	}

	/** The words of the breakdown chart, translated by the caller. */
	public record BreakdownLabels(String actual, String target) {
	}

	/**
	 * Actual per district: one column each with its value printed (series
	 * {@link #ACTUAL}), and beside it the district's target (series {@link #TARGET}) when
	 * any district has one. The categories' keys come back with a click: drill down to
	 * the district.
	 */
	public static ChartSpec breakdown(List<Share> shares, BreakdownLabels labels, ValueFormat format,
			@Nullable String unit) {
		List<ChartCategory> categories = shares.stream().map(s -> new ChartCategory(s.key(), s.label())).toList();
		List<ChartSeries> series = new ArrayList<>();
		series
			.add(ChartSeries.bar(ACTUAL, labels.actual(), shares.stream().<@Nullable Double>map(Share::actual).toList())
				.withColor(ACTUAL_COLOR)
				.withLabels(true)
				.withFormat(format));
		if (shares.stream().anyMatch(s -> s.target() != null)) {
			series.add(ChartSeries.bar(TARGET, labels.target(), shares.stream().map(Share::target).toList())
				.withColor(DISTRICT_TARGET_COLOR)
				.withFormat(format));
		}
		return ChartSpec.of(ChartOrientation.VERTICAL, categories, series).withUnit(unit);
	}

	private static List<@Nullable Double> values(List<KpiProgress> kpis,
			java.util.function.ToDoubleFunction<KpiProgress> value) {
		return kpis.stream().<@Nullable Double>map(k -> value.applyAsDouble(k)).toList();
	}

	private static int lastValue(List<@Nullable Double> values) {
		for (int i = values.size() - 1; i >= 0; i--) {
			if (values.get(i) != null) {
				return i;
			}
		}
		return -1;
	}

}
