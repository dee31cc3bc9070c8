package org.unionstations.portal.programme;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One status for several records at once (all or nothing).
 *
 * @param versions record id → the version the caller read
 * @param date the date the new status needs where a record has none yet (start,
 * completion, acceptance, step date)
 * @param reason the reason the new status needs (cancel, reject, revoke)
 */
public record BulkStatusChange<S extends Enum<S>>(Map<Long, Long> versions, S status, @Nullable LocalDate date,
		@Nullable String reason) {

	public BulkStatusChange {
		versions = Map.copyOf(versions);
	}

}
