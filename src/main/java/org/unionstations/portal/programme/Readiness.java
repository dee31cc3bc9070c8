package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * A station's flagship readiness: the weighted score (0–100, one decimal), the threshold
 * an award needs, and each criterion's value against its target.
 */
public record Readiness(long stationId, BigDecimal score, BigDecimal threshold, List<Criterion> criteria) {

	public Readiness {
		criteria = List.copyOf(criteria);
	}

	/**
	 * One criterion: the station's value, the target, the weight, the points it earns
	 * ({@code weight × min(1, value / target)}), and what is missing to meet it.
	 */
	public record Criterion(FlagshipCriterion criterion, double value, double target, int weight, double points) {

		public boolean met() {
			return value >= target;
		}

		public double shortfall() {
			return Math.max(0, target - value);
		}

	}

	public boolean ready() {
		return score.compareTo(threshold) >= 0;
	}

}
