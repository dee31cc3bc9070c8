package org.unionstations.portal.programme;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One flagship record as its grid shows it: the station, the workflow's steps (oldest
 * first), the note, and the station's readiness now.
 */
public record FlagshipRow(long id, long version, ProgrammeStation station, int year, FlagshipStatus status,
		List<FlagshipStep> steps, @Nullable String note, @Nullable Readiness readiness, Instant updatedAt,
		String updatedBy) {

	public FlagshipRow {
		steps = List.copyOf(steps);
	}

	public FlagshipStep lastStep() {
		return steps.getLast();
	}

}
