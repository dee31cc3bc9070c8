package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;

/** Turns a KPI's figures into its card, its district breakdown and its monthly trend. */
@Component
class KpiCalculator {

	private final KpiFigures figures;

	private final DistrictService districts;

	KpiCalculator(KpiFigures figures, DistrictService districts) {
		this.figures = figures;
		this.districts = districts;
	}

	KpiCard card(KpiDefinition kpi, LocalDate asOf) {
		LocalDate through = kpi.measuredThrough(asOf);
		return KpiCard.of(kpi, total(kpi, figures.byDistrict(kpi, through)), through);
	}

	KpiDetail detail(KpiDefinition kpi, LocalDate asOf) {
		LocalDate through = kpi.measuredThrough(asOf);
		Map<Long, BigDecimal> byDistrict = figures.byDistrict(kpi, through);
		KpiCard card = KpiCard.of(kpi, total(kpi, byDistrict), through);
		return new KpiDetail(card, districtFigures(kpi, byDistrict), trend(kpi, card));
	}

	/**
	 * The year's figure: the sum over districts, or the newest city-wide entry of a rate.
	 */
	static BigDecimal total(KpiDefinition kpi, Map<Long, BigDecimal> byDistrict) {
		if (kpi.aggregation() == KpiAggregation.LATEST) {
			return byDistrict.getOrDefault(KpiFigures.CITY_WIDE, BigDecimal.ZERO);
		}
		return byDistrict.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private List<DistrictFigure> districtFigures(KpiDefinition kpi, Map<Long, BigDecimal> byDistrict) {
		List<DistrictFigure> rows = new ArrayList<>();
		for (DistrictRef d : districts.list()) {
			BigDecimal actual = byDistrict.getOrDefault(d.id(), BigDecimal.ZERO)
				.setScale(kpi.scale(), RoundingMode.HALF_UP);
			BigDecimal target = kpi.districtTargets().get(d.id());
			rows.add(new DistrictFigure(d.id(), d.code(), d.nameZh(), d.nameEn(), actual, target,
					percent(actual, target)));
		}
		rows.sort((a, b) -> a.code().compareTo(b.code()));
		BigDecimal cityWide = byDistrict.get(KpiFigures.CITY_WIDE);
		if (cityWide != null) {
			rows.add(new DistrictFigure(KpiFigures.CITY_WIDE, "", "", "",
					cityWide.setScale(kpi.scale(), RoundingMode.HALF_UP), null, null));
		}
		return rows;
	}

	private List<TrendPoint> trend(KpiDefinition kpi, KpiCard card) {
		SeasonalShare share = new SeasonalShare(kpi.year(), kpi.monthlyProfile());
		YearMonth lastMeasured = YearMonth.from(card.measuredThrough());
		BigDecimal projected = card.pace().projected();
		List<TrendPoint> points = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(kpi.year(), m);
			LocalDate end = month.atEndOfMonth();
			BigDecimal pace = kpi.direction().level() ? kpi.target()
					: scaled(kpi.target().doubleValue() * share.at(end), kpi);
			BigDecimal actual = null;
			if (!month.isAfter(lastMeasured) && card.measuredThrough().getYear() == kpi.year()) {
				actual = month.equals(lastMeasured) ? card.actual()
						: total(kpi, figures.byDistrict(kpi, end)).setScale(kpi.scale(), RoundingMode.HALF_UP);
			}
			BigDecimal projection = null;
			if (projected != null && !month.isBefore(lastMeasured)) {
				projection = month.equals(lastMeasured) ? card.actual()
						: kpi.direction().level() ? projected : scaled(projected.doubleValue() * share.at(end), kpi);
			}
			points.add(new TrendPoint(month, actual, pace, projection));
		}
		return points;
	}

	private static BigDecimal scaled(double value, KpiDefinition kpi) {
		return BigDecimal.valueOf(value).setScale(kpi.scale(), RoundingMode.HALF_UP);
	}

	private static @Nullable BigDecimal percent(BigDecimal actual, @Nullable BigDecimal target) {
		if (target == null || target.signum() == 0) {
			return null;
		}
		return actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
	}

}
