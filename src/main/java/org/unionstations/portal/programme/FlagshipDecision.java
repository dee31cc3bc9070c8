package org.unionstations.portal.programme;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The next step a planner records for a flagship record: the status, its date, and why.
 */
public record FlagshipDecision(FlagshipStatus status, LocalDate date, @Nullable String reason) {
}
