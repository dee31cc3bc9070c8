package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/**
 * One step of a flagship record's workflow: the status reached, on which date, who
 * decided, why, and (for an award) the readiness score at that time.
 */
@Embeddable
public record FlagshipStep(@Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) FlagshipStatus status,
		@Column(name = "step_date", nullable = false) LocalDate date,
		@Column(name = "decided_by", nullable = false, length = 60) String decidedBy,
		@Column(length = ProgrammeLimits.NOTE_MAX) @Nullable String reason,
		@Column(precision = 5, scale = 1) @Nullable BigDecimal score) {
}
