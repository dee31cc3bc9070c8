package org.unionstations.portal.programme;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A flagship record as a file row gives it: the status reached and its date, the reason
 * and note.
 */
public record FlagshipImportDraft(long stationId, int year, FlagshipStatus status, LocalDate date,
		@Nullable String reason, @Nullable String note) {
}
