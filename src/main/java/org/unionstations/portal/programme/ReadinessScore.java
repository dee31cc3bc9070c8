package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.unionstations.portal.station.OpeningHours;

/**
 * The readiness arithmetic, apart from where the values come from: each criterion earns
 * {@code weight × min(1, value / target)} points; the score is the points over the sum of
 * weights, times 100, rounded half up to one decimal.
 */
final class ReadinessScore {

	private ReadinessScore() {
	}

	static Readiness compute(long stationId, Map<FlagshipCriterion, Double> values, ReadinessPolicy policy) {
		List<Readiness.Criterion> criteria = new ArrayList<>();
		double points = 0;
		int weights = 0;
		for (ReadinessPolicy.Setting s : policy.settings()) {
			double value = values.getOrDefault(s.criterion(), 0.0);
			double target = s.target().doubleValue();
			double earned = s.weight() * Math.min(1.0, value / target);
			criteria.add(new Readiness.Criterion(s.criterion(), value, target, s.weight(), earned));
			points += earned;
			weights += s.weight();
		}
		BigDecimal score = weights == 0 ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(points * 100 / weights).setScale(1, RoundingMode.HALF_UP);
		return new Readiness(stationId, score, policy.threshold(), criteria);
	}

	/** Hours open per week: 168 around the clock, else the sum of each day's range. */
	static double hoursPerWeek(OpeningHours hours) {
		if (hours.allDay()) {
			return 168;
		}
		return hours.days().values().stream().mapToLong(r -> Duration.between(r.opens(), r.closes()).toMinutes()).sum()
				/ 60.0;
	}

}
