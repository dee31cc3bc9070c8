package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a planner enters for one smart upgrade: a new one, or the whole row when editing.
 */
public record SmartUpgradeDraft(long stationId, int year, Set<UpgradeScope> scope, @Nullable BigDecimal budget,
		@Nullable String contractor, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedCompletion,
		@Nullable LocalDate actualStart, @Nullable LocalDate actualCompletion, UpgradeStatus status,
		@Nullable String cancelReason, @Nullable LocalDate acceptanceDate, @Nullable String acceptanceNote) {

	public SmartUpgradeDraft {
		scope = Set.copyOf(scope);
	}

	/** A planned upgrade of a station with nothing else filled in yet. */
	public static SmartUpgradeDraft planned(long stationId, int year) {
		return new SmartUpgradeDraft(stationId, year, Set.of(), null, null, null, null, null, null,
				UpgradeStatus.PLANNED, null, null, null);
	}

	public SmartUpgradeDraft withStatus(UpgradeStatus next) {
		return new SmartUpgradeDraft(stationId, year, scope, budget, contractor, plannedStart, plannedCompletion,
				actualStart, actualCompletion, next, cancelReason, acceptanceDate, acceptanceNote);
	}

}
