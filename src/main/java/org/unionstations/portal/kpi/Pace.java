package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A KPI against its pace on the day it is measured through.
 *
 * @param expected the value expected by that day (target × share of the year, or the
 * target itself for a level)
 * @param status ahead / on track / behind, reached, or too early
 * @param shortfall how far the actual is short of the expected value (0 when not short;
 * for a limit, how far it is over)
 * @param projected the year-end value at the run-rate so far (a level: the current
 * value); null while nothing of the year is measured
 * @param reachDate the day the target is reached at that rate (for a limit: the day it is
 * exceeded); null when not this year, already reached, or too early
 */
public record Pace(BigDecimal expected, PaceStatus status, BigDecimal shortfall, @Nullable BigDecimal projected,
		@Nullable LocalDate reachDate) {

	/** Within ±5 % of the expected value counts as on track. */
	static final double TOLERANCE = 0.05;

	static Pace of(KpiDirection direction, BigDecimal target, SeasonalShare share, LocalDate measuredThrough,
			BigDecimal actual, int scale) {
		if (direction.level()) {
			boolean holds = actual.compareTo(target) >= 0;
			return new Pace(target, holds ? PaceStatus.REACHED : PaceStatus.BEHIND,
					holds ? BigDecimal.ZERO : target.subtract(actual), actual, null);
		}
		double s = share.at(measuredThrough);
		BigDecimal expected = BigDecimal.valueOf(target.doubleValue() * s).setScale(scale, RoundingMode.HALF_UP);
		if (s <= 0) {
			return new Pace(expected, PaceStatus.TOO_EARLY, BigDecimal.ZERO, null, null);
		}
		double perYear = actual.doubleValue() / s;
		BigDecimal projected = BigDecimal.valueOf(perYear).setScale(scale, RoundingMode.HALF_UP);
		double a = actual.doubleValue();
		double e = expected.doubleValue();
		if (direction == KpiDirection.AT_LEAST) {
			if (actual.compareTo(target) >= 0) {
				return new Pace(expected, PaceStatus.REACHED, BigDecimal.ZERO, projected, null);
			}
			PaceStatus status = a >= e * (1 + TOLERANCE) ? PaceStatus.AHEAD
					: a >= e * (1 - TOLERANCE) ? PaceStatus.ON_TRACK : PaceStatus.BEHIND;
			BigDecimal shortfall = expected.subtract(actual).max(BigDecimal.ZERO);
			LocalDate reach = perYear >= target.doubleValue()
					? later(share.firstDayReaching(perYear, target.doubleValue()), measuredThrough) : null;
			return new Pace(expected, status, shortfall, projected, reach);
		}
		// AT_MOST: under the pace is ahead; the reach date is the day the limit would be
		// exceeded.
		PaceStatus status = a <= e * (1 - TOLERANCE) ? PaceStatus.AHEAD
				: a <= e * (1 + TOLERANCE) ? PaceStatus.ON_TRACK : PaceStatus.BEHIND;
		BigDecimal over = actual.subtract(expected).max(BigDecimal.ZERO);
		LocalDate exceeded = perYear > target.doubleValue()
				? later(share.firstDayReaching(perYear, target.doubleValue() + Math.ulp(target.doubleValue())),
						measuredThrough)
				: null;
		return new Pace(expected, status, over, projected, exceeded);
	}

	private static @Nullable LocalDate later(@Nullable LocalDate day, LocalDate measuredThrough) {
		if (day == null) {
			return null;
		}
		return day.isAfter(measuredThrough) ? day : measuredThrough.plusDays(1);
	}

}
