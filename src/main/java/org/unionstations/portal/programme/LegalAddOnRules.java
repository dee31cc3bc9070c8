package org.unionstations.portal.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.station.StationType;

/** A legal-service add-on's rules, checked by the service for every save. */
final class LegalAddOnRules {

	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");

	private LegalAddOnRules() {
	}

	static List<FieldProblem> check(@Nullable LegalStatus from, LegalAddOnDraft d, StationType stationType,
			LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (stationType != StationType.UNION_POST_STATION) {
			problems.add(FieldProblem.of("stationId", "programme.legal.validation.union-post-only"));
		}
		ProgrammeChecks.year(problems, d.year());
		ProgrammeChecks.required(problems, "partnerName", d.partnerName());
		ProgrammeChecks.text(problems, "partnerName", d.partnerName(), ProgrammeLimits.NAME_MAX);
		ProgrammeChecks.text(problems, "lawyerName", d.lawyerName(), ProgrammeLimits.PERSON_MAX);
		if (d.lawyerPhone() != null && !d.lawyerPhone().isBlank()
				&& !PHONE.matcher(d.lawyerPhone().strip()).matches()) {
			problems.add(FieldProblem.of("lawyerPhone", "station.validation.phone"));
		}
		ProgrammeChecks.required(problems, "startDate", d.startDate());
		ProgrammeChecks.order(problems, "endDate", d.startDate(), d.endDate());
		if (d.opens() != null && d.closes() != null && !d.opens().isBefore(d.closes())) {
			problems.add(FieldProblem.of("closes", "programme.legal.validation.hours"));
		}
		if ((d.opens() == null) != (d.closes() == null)) {
			problems.add(FieldProblem.of(d.opens() == null ? "opens" : "closes", "programme.legal.validation.hours"));
		}
		if (from != null && !from.canMoveTo(d.status())) {
			problems.add(FieldProblem.of("status", "programme.validation.status-step"));
		}
		if (d.status() == LegalStatus.ACTIVE && d.startDate() != null && d.startDate().isAfter(today)) {
			problems.add(FieldProblem.of("startDate", "programme.legal.validation.active-not-started"));
		}
		if (d.status() == LegalStatus.ENDED && d.endDate() == null) {
			problems.add(FieldProblem.of("endDate", "programme.legal.validation.end-required"));
		}
		return problems;
	}

}
