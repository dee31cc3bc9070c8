package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * The readiness rules as an admin edits them: the threshold and each criterion's weight
 * and target.
 */
public record ReadinessPolicy(BigDecimal threshold, long version, List<Setting> settings) {

	public ReadinessPolicy {
		settings = List.copyOf(settings);
	}

	/** One criterion's weight (0–100) and target (above 0). */
	public record Setting(FlagshipCriterion criterion, int weight, BigDecimal target, long version) {
	}

}
