package org.unionstations.portal.programme.ui;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.programme.FlagshipCriterion;
import org.unionstations.portal.programme.ReadinessPolicy;

/**
 * The readiness rules as the settings form edits them: a mutable bean for the buffered
 * binder, read from a {@link ReadinessPolicy} and turned back into one with the versions
 * that were read.
 */
final class PolicyItem {

	private @Nullable BigDecimal threshold;

	private final Map<FlagshipCriterion, @Nullable Integer> weights = new EnumMap<>(FlagshipCriterion.class);

	private final Map<FlagshipCriterion, @Nullable BigDecimal> targets = new EnumMap<>(FlagshipCriterion.class);

	PolicyItem() {
	}

	PolicyItem(ReadinessPolicy policy) {
		threshold = policy.threshold();
		policy.settings().forEach(s -> {
			weights.put(s.criterion(), s.weight());
			targets.put(s.criterion(), s.target());
		});
	}

	@Nullable BigDecimal getThreshold() {
		return threshold;
	}

	void setThreshold(@Nullable BigDecimal threshold) {
		this.threshold = threshold;
	}

	@Nullable Integer getWeight(FlagshipCriterion criterion) {
		return weights.get(criterion);
	}

	void setWeight(FlagshipCriterion criterion, @Nullable Integer weight) {
		weights.put(criterion, weight);
	}

	@Nullable BigDecimal getTarget(FlagshipCriterion criterion) {
		return targets.get(criterion);
	}

	void setTarget(FlagshipCriterion criterion, @Nullable BigDecimal target) {
		targets.put(criterion, target);
	}

	/**
	 * The edited rules, based on the versions of {@code read} (the binder has checked
	 * that every field is filled in).
	 */
	ReadinessPolicy toPolicy(ReadinessPolicy read) {
		return new ReadinessPolicy(threshold, read.version(),
				read.settings()
					.stream()
					.map(s -> new ReadinessPolicy.Setting(s.criterion(), weights.get(s.criterion()),
							targets.get(s.criterion()), s.version()))
					.toList());
	}

}
