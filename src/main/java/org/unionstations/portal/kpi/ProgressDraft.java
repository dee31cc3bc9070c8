package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A progress entry as entered: the day it happened (not in the future), the amount
 * (negative only as a marked correction), the district (null: city-wide) and a note.
 */
public record ProgressDraft(long kpiId, LocalDate date, BigDecimal amount, boolean correction,
		@Nullable Long districtId, @Nullable String note) {
}
