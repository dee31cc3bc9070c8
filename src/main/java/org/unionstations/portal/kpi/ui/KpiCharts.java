package org.unionstations.portal.kpi.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.chart.BoardCharts;
import org.unionstations.portal.chart.ChartCategory;
import org.unionstations.portal.chart.ChartSpec;
import org.unionstations.portal.chart.ProgressStatus;
import org.unionstations.portal.chart.ValueFormat;
import org.unionstations.portal.kpi.DistrictFigure;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiDetail;
import org.unionstations.portal.kpi.PaceStatus;
import org.unionstations.portal.kpi.TrendPoint;

/**
 * The board's figures as the chart component's three charts: progress of every KPI
 * (percent of target with the pace mark), a KPI's months against its pace line, and its
 * districts. Labels come translated through {@code t}.
 */
final class KpiCharts {

	private KpiCharts() {
	}

	static ChartSpec progress(List<KpiCard> cards, Locale locale, Function<String, String> t) {
		List<BoardCharts.KpiProgress> rows = cards.stream()
			.map(c -> new BoardCharts.KpiProgress(c.kpi().code(), c.kpi().name(locale),
					c.percent() == null ? 0 : c.percent().doubleValue(), pacePercent(c), status(c.pace().status())))
			.toList();
		return BoardCharts.progress(rows, new BoardCharts.ProgressLabels(t.apply("kpi.chart.progress"),
				t.apply("kpi.chart.pace"), t.apply("kpi.chart.target")));
	}

	static ChartSpec trend(KpiDetail detail, Locale locale, Function<String, String> t) {
		List<TrendPoint> points = detail.trend();
		List<ChartCategory> months = points.stream()
			.map(p -> new ChartCategory(p.month().toString(),
					p.month().getMonth().getDisplayName(TextStyle.SHORT, locale)))
			.toList();
		List<@Nullable Double> actual = points.stream().map(p -> number(p.actual())).toList();
		int last = -1;
		for (int i = 0; i < actual.size(); i++) {
			if (actual.get(i) != null) {
				last = i;
			}
		}
		List<@Nullable Double> projection = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			projection.add(i <= last ? null : number(points.get(i).projection()));
		}
		KpiCard card = detail.card();
		return BoardCharts.trend(
				new BoardCharts.MonthlyTrend(months, actual, points.stream().map(p -> number(p.pace())).toList(),
						projection, card.kpi().target().doubleValue()),
				new BoardCharts.TrendLabels(t.apply("kpi.chart.actual"), t.apply("kpi.chart.pace"),
						t.apply("kpi.chart.projection"), t.apply("kpi.chart.target")),
				format(card), card.kpi().unit(locale));
	}

	static ChartSpec breakdown(KpiDetail detail, Locale locale, Function<String, String> t) {
		List<BoardCharts.Share> shares = detail.districts()
			.stream()
			.map(d -> new BoardCharts.Share(String.valueOf(d.districtId()), name(d, locale, t),
					d.actual().doubleValue(), d.target() == null ? null : d.target().doubleValue()))
			.toList();
		return BoardCharts.breakdown(shares,
				new BoardCharts.BreakdownLabels(t.apply("kpi.chart.actual"), t.apply("kpi.chart.district-target")),
				format(detail.card()), detail.card().kpi().unit(locale));
	}

	static String name(DistrictFigure d, Locale locale, Function<String, String> t) {
		return d.districtId() == 0 ? t.apply("kpi.detail.city-wide") : d.name(locale);
	}

	private static double pacePercent(KpiCard card) {
		BigDecimal target = card.kpi().target();
		if (target.signum() == 0) {
			return 0;
		}
		return card.pace()
			.expected()
			.multiply(BigDecimal.valueOf(100))
			.divide(target, 1, RoundingMode.HALF_UP)
			.doubleValue();
	}

	private static ProgressStatus status(PaceStatus status) {
		return switch (status) {
			case REACHED, AHEAD -> ProgressStatus.AHEAD;
			case ON_TRACK, TOO_EARLY -> ProgressStatus.ON_TRACK;
			case BEHIND -> ProgressStatus.BEHIND;
		};
	}

	private static ValueFormat format(KpiCard card) {
		return card.kpi().scale() > 0 ? ValueFormat.ONE_DECIMAL : ValueFormat.INTEGER;
	}

	private static @Nullable Double number(@Nullable BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

}
