package org.unionstations.portal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.unionstations.portal.chart.BoardCharts.BreakdownLabels;
import org.unionstations.portal.chart.BoardCharts.KpiProgress;
import org.unionstations.portal.chart.BoardCharts.MonthlyTrend;
import org.unionstations.portal.chart.BoardCharts.ProgressLabels;
import org.unionstations.portal.chart.BoardCharts.Share;
import org.unionstations.portal.chart.BoardCharts.TrendLabels;

/** The three board charts say what the board means them to say. */
class BoardChartsTest {

	private static final List<ChartCategory> MONTHS = IntStream.rangeClosed(1, 12)
		.mapToObj(m -> new ChartCategory(String.valueOf(m), m + "月"))
		.toList();

	@Test
	void progress_bars_are_coloured_by_status_with_the_pace_as_a_marker_and_the_target_at_100_percent() {
		ChartSpec spec = BoardCharts.progress(
				List.of(new KpiProgress("stations", "驿站", 112.5, 75, ProgressStatus.AHEAD),
						new KpiProgress("legal", "法律服务", 40, 75, ProgressStatus.BEHIND)),
				new ProgressLabels("完成率", "进度", "目标"));

		assertThat(spec.orientation()).isEqualTo(ChartOrientation.HORIZONTAL);
		assertThat(spec.categories()).extracting(ChartCategory::label).containsExactly("驿站", "法律服务");
		ChartSeries bars = spec.series(BoardCharts.PROGRESS).orElseThrow();
		assertThat(bars.kind()).isEqualTo(SeriesKind.BAR);
		assertThat(bars.values()).containsExactly(112.5, 40.0);
		assertThat(bars.pointColors()).containsExactly(ProgressStatus.AHEAD.color(), ProgressStatus.BEHIND.color());
		assertThat(bars.valueFormat()).isEqualTo(ValueFormat.PERCENT);
		assertThat(bars.showLabels()).isTrue();
		ChartSeries pace = spec.series(BoardCharts.PACE).orElseThrow();
		assertThat(pace.kind()).isEqualTo(SeriesKind.MARKER);
		assertThat(pace.values()).containsExactly(75.0, 75.0);
		assertThat(spec.lines()).singleElement().satisfies(line -> {
			assertThat(line.label()).isEqualTo("目标");
			assertThat(line.value()).isEqualTo(100);
		});
	}

	@Test
	void the_trend_stops_at_the_last_month_reported_and_the_projection_starts_there() {
		List<Double> actual = Arrays.asList(5.0, 11.0, 18.0, null, null, null, null, null, null, null, null, null);
		List<Double> pace = IntStream.rangeClosed(1, 12).mapToObj(m -> m * 10.0).toList();
		List<Double> projection = Arrays.asList(null, null, null, 24.0, 30.0, 36.0, 42.0, 48.0, 54.0, 60.0, 66.0, 72.0);

		ChartSpec spec = BoardCharts.trend(new MonthlyTrend(MONTHS, actual, pace, projection, 120.0),
				new TrendLabels("累计完成", "进度线", "预测", "目标"), ValueFormat.INTEGER, "个");

		assertThat(spec.orientation()).isEqualTo(ChartOrientation.VERTICAL);
		assertThat(spec.unit()).isEqualTo("个");
		ChartSeries actualSeries = spec.series(BoardCharts.ACTUAL).orElseThrow();
		assertThat(actualSeries.kind()).isEqualTo(SeriesKind.AREA);
		assertThat(actualSeries.style()).isEqualTo(SeriesStyle.SOLID);
		assertThat(actualSeries.values().subList(3, 12)).containsOnlyNulls();
		assertThat(spec.series(BoardCharts.PACE).orElseThrow().style()).isEqualTo(SeriesStyle.DASHED);
		ChartSeries projected = spec.series(BoardCharts.PROJECTION).orElseThrow();
		assertThat(projected.style()).isEqualTo(SeriesStyle.DASHED);
		// joined to the last actual month (March), nothing before it
		assertThat(projected.values().subList(0, 2)).containsOnlyNulls();
		assertThat(projected.values().get(2)).isEqualTo(18.0);
		assertThat(projected.values().get(11)).isEqualTo(72.0);
		assertThat(spec.lines()).singleElement().extracting(ChartLine::value).isEqualTo(120.0);
	}

	@Test
	void a_projection_overlapping_the_actual_months_is_refused() {
		List<Double> actual = Arrays.asList(5.0, 11.0, null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MonthlyTrend(MONTHS.subList(0, 3), actual, List.of(1.0, 2.0, 3.0),
					Arrays.asList(null, 12.0, 13.0), null))
			.withMessageContaining("projection starts after the last actual month (2)");
	}

	@Test
	void the_breakdown_shows_district_targets_only_when_there_are_any() {
		BreakdownLabels labels = new BreakdownLabels("完成", "目标");
		ChartSpec withTargets = BoardCharts.breakdown(
				List.of(new Share("421202", "咸安区", 12, 15.0), new Share("421281", "赤壁市", 7, null)), labels,
				ValueFormat.INTEGER, "个");
		ChartSpec without = BoardCharts.breakdown(List.of(new Share("421202", "咸安区", 12, null)), labels,
				ValueFormat.INTEGER, null);

		assertThat(withTargets.series()).extracting(ChartSeries::key)
			.containsExactly(BoardCharts.ACTUAL, BoardCharts.TARGET);
		assertThat(withTargets.series(BoardCharts.TARGET).orElseThrow().values()).containsExactly(15.0, null);
		assertThat(withTargets.categories()).extracting(ChartCategory::key).containsExactly("421202", "421281");
		assertThat(without.series()).extracting(ChartSeries::key).containsExactly(BoardCharts.ACTUAL);
	}

}
