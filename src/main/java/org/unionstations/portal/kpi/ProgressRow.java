package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A progress entry as listed: with who saved it last and the version to save against. */
public record ProgressRow(long id, long kpiId, LocalDate date, BigDecimal amount, boolean correction,
		@Nullable Long districtId, @Nullable String note, String updatedBy, Instant updatedAt, long version) {
}
