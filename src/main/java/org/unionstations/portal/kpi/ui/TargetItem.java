package org.unionstations.portal.kpi.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.KpiDirection;
import org.unionstations.portal.kpi.KpiTargetDraft;

/**
 * A KPI's target as the dialog's buffered binder edits it: target, direction, last year's
 * actual, the seasonal profile (even, or 12 monthly weights) and each district's part.
 * Turned into a {@link KpiTargetDraft} for the service; an empty district field is no
 * part.
 */
final class TargetItem {

	private @Nullable BigDecimal target;

	private @Nullable KpiDirection direction;

	private @Nullable BigDecimal lastYearActual;

	private boolean even;

	private final List<@Nullable BigDecimal> weights = new ArrayList<>(Collections.nCopies(12, null));

	private final Map<Long, @Nullable BigDecimal> splits = new HashMap<>();

	TargetItem() {
	}

	TargetItem(KpiDefinition kpi) {
		target = plain(kpi.target());
		direction = kpi.direction();
		lastYearActual = plain(kpi.lastYearActual());
		even = kpi.monthlyProfile() == null;
		if (kpi.monthlyProfile() != null) {
			for (int m = 0; m < 12; m++) {
				weights.set(m, plain(kpi.monthlyProfile().get(m)));
			}
		}
		kpi.districtTargets().forEach((district, value) -> splits.put(district, plain(value)));
	}

	/** As typed: 100000 rather than the database's 100000.00, 96.23 as it is. */
	private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	KpiTargetDraft toDraft() {
		Map<Long, BigDecimal> parts = new HashMap<>();
		splits.forEach((district, value) -> {
			if (value != null) {
				parts.put(district, value);
			}
		});
		// the dialog requires every month unless the pace is even
		List<BigDecimal> profile = even ? null
				: weights.stream().map(w -> Objects.requireNonNullElse(w, BigDecimal.ZERO)).toList();
		return new KpiTargetDraft(target, direction, profile, lastYearActual, parts);
	}

	@Nullable BigDecimal getTarget() {
		return target;
	}

	void setTarget(@Nullable BigDecimal target) {
		this.target = target;
	}

	@Nullable KpiDirection getDirection() {
		return direction;
	}

	void setDirection(@Nullable KpiDirection direction) {
		this.direction = direction;
	}

	@Nullable BigDecimal getLastYearActual() {
		return lastYearActual;
	}

	void setLastYearActual(@Nullable BigDecimal lastYearActual) {
		this.lastYearActual = lastYearActual;
	}

	boolean isEven() {
		return even;
	}

	void setEven(boolean even) {
		this.even = even;
	}

	@Nullable BigDecimal getWeight(int month) {
		return weights.get(month - 1);
	}

	void setWeight(int month, @Nullable BigDecimal weight) {
		weights.set(month - 1, weight);
	}

	@Nullable BigDecimal getSplit(long districtId) {
		return splits.get(districtId);
	}

	void setSplit(long districtId, @Nullable BigDecimal value) {
		splits.put(districtId, value);
	}

}
