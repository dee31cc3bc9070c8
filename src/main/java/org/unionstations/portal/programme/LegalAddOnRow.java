package org.unionstations.portal.programme;

import java.time.Instant;

/**
 * One legal-service add-on as its grid shows it, with the consultations the station
 * reported in the {@code LEGAL_SERVICE} category (this month and the year to date): they
 * are the operators' monthly figures, never typed in twice.
 */
public record LegalAddOnRow(long id, long version, ProgrammeStation station, LegalAddOnDraft values,
		int consultationsThisMonth, int consultationsYearToDate, Instant updatedAt, String updatedBy) {

	public LegalStatus status() {
		return values.status();
	}

}
