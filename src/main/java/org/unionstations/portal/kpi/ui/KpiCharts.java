package org.unionstations.portal.kpi.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.chart.BoardCharts;
import org.unionstations.portal.chart.BoardCharts.BreakdownLabels;
import org.unionstations.portal.chart.BoardCharts.KpiProgress;
import org.unionstations.portal.chart.BoardCharts.MonthlyTrend;
import org.unionstations.portal.chart.BoardCharts.ProgressLabels;
import org.unionstations.portal.chart.BoardCharts.Share;
import org.unionstations.portal.chart.BoardCharts.TrendLabels;
import org.unionstations.portal.chart.ChartCategory;
import org.unionstations.portal.chart.ChartSpec;
import org.unionstations.portal.chart.ProgressStatus;
import org.unionstations.portal.chart.ValueFormat;
import org.unionstations.portal.kpi.DistrictFigure;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiDetail;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.PaceStatus;
import org.unionstations.portal.kpi.TrendPoint;

/**
 * The board's figures as the three charts of package {@code chart}: progress of every
 * KPI, one KPI's months, one KPI's districts. The views pass their own translation
 * ({@code this::getTranslation}), so every word comes from the bundles in the reader's
 * language.
 */
final class KpiCharts {

	/** A component's {@code getTranslation}. */
	@FunctionalInterface
	interface Translator {

		String getTranslation(String key, Object... params);

	}

	/** Category key of the city-wide entries in the breakdown (they have no code). */
	static final String CITY_WIDE = "city";

	private KpiCharts() {
	}

	/**
	 * Every KPI as a bar of its share of the target, coloured by its status, with the
	 * share expected by now as the pace mark.
	 */
	static ChartSpec progress(List<KpiCard> cards, Locale locale, Translator t) {
		List<KpiProgress> kpis = cards.stream()
			.map(c -> new KpiProgress(c.kpi().code(), c.kpi().name(locale),
					c.percent() == null ? 0 : c.percent().doubleValue(), pacePercent(c), status(c.pace().status())))
			.toList();
		return BoardCharts.progress(kpis, new ProgressLabels(t.getTranslation("kpi.chart.progress"),
				t.getTranslation("kpi.chart.pace"), t.getTranslation("kpi.chart.target")));
	}

	/**
	 * A KPI's months: the actual so far, the pace line, the projection and the target.
	 */
	static ChartSpec trend(KpiDetail detail, Locale locale, Translator t) {
		KpiDefinition kpi = detail.card().kpi();
		List<TrendPoint> points = detail.trend();
		boolean zh = "zh".equals(locale.getLanguage());
		List<ChartCategory> months = points.stream()
			.map(p -> new ChartCategory(String.valueOf(p.month().getMonthValue()),
					zh ? p.month().getMonthValue() + "月"
							: p.month().getMonth().getDisplayName(TextStyle.SHORT, locale)))
			.toList();
		List<@Nullable Double> actual = points.stream().map(p -> number(p.actual())).toList();
		// the KPI's projection repeats the last actual month so its line joins the
		// actual;
		// the chart joins them itself and wants the projection from the month after
		int last = lastValue(actual);
		List<@Nullable Double> projection = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			projection.add(i <= last ? null : number(points.get(i).projection()));
		}
		MonthlyTrend trend = new MonthlyTrend(months, actual, points.stream().map(p -> number(p.pace())).toList(),
				projection, kpi.target().doubleValue());
		return BoardCharts.trend(trend,
				new TrendLabels(t.getTranslation("kpi.chart.actual"), t.getTranslation("kpi.chart.pace-line"),
						t.getTranslation("kpi.chart.projection"), t.getTranslation("kpi.chart.year-target")),
				format(kpi, locale), unit(kpi, locale));
	}

	/**
	 * A KPI's figure per district (and city-wide entries), beside each district's target.
	 */
	static ChartSpec breakdown(KpiDetail detail, Locale locale, Translator t) {
		KpiDefinition kpi = detail.card().kpi();
		List<Share> shares = detail.districts()
			.stream()
			.map(d -> new Share(key(d), label(d, locale, t), d.actual().doubleValue(), number(d.target())))
			.toList();
		return BoardCharts.breakdown(shares, new BreakdownLabels(t.getTranslation("kpi.chart.district-actual"),
				t.getTranslation("kpi.chart.district-target")), format(kpi, locale), unit(kpi, locale));
	}

	static ProgressStatus status(PaceStatus status) {
		return switch (status) {
			case REACHED, AHEAD -> ProgressStatus.AHEAD;
			case BEHIND -> ProgressStatus.BEHIND;
			case ON_TRACK, TOO_EARLY -> ProgressStatus.ON_TRACK;
		};
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

	private static String key(DistrictFigure district) {
		return district.districtId() == 0 || district.code().isBlank() ? CITY_WIDE : district.code();
	}

	private static String label(DistrictFigure district, Locale locale, Translator t) {
		return district.districtId() == 0 ? t.getTranslation("kpi.detail.city-wide") : district.name(locale);
	}

	/** "%" KPIs print as percentages, others with the KPI's decimals (0 or 1). */
	private static ValueFormat format(KpiDefinition kpi, Locale locale) {
		if ("%".equals(kpi.unit(locale))) {
			return ValueFormat.PERCENT;
		}
		return kpi.scale() == 0 ? ValueFormat.INTEGER : ValueFormat.ONE_DECIMAL;
	}

	private static @Nullable String unit(KpiDefinition kpi, Locale locale) {
		String unit = kpi.unit(locale);
		return "%".equals(unit) ? null : unit;
	}

	private static int lastValue(List<@Nullable Double> values) {
		for (int i = values.size() - 1; i >= 0; i--) {
			if (values.get(i) != null) {
				return i;
			}
		}
		return -1;
	}

	private static @Nullable Double number(@Nullable BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

}
