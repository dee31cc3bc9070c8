package org.unionstations.portal.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What a planner enters for one legal-service add-on. */
public record LegalAddOnDraft(long stationId, int year, LegalPartnerKind partnerKind, String partnerName,
		@Nullable String lawyerName, @Nullable String lawyerPhone, Set<DayOfWeek> weekdays, @Nullable LocalTime opens,
		@Nullable LocalTime closes, LocalDate startDate, @Nullable LocalDate endDate, LegalStatus status) {

	public LegalAddOnDraft {
		weekdays = Set.copyOf(weekdays);
		partnerName = partnerName == null ? "" : partnerName;
	}

	public LegalAddOnDraft withStatus(LegalStatus next, @Nullable LocalDate end) {
		return new LegalAddOnDraft(stationId, year, partnerKind, partnerName, lawyerName, lawyerPhone, weekdays, opens,
				closes, startDate, endDate == null ? end : endDate, next);
	}

}
