package org.unionstations.portal.programme;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;

/**
 * The checks every programme's rules share: year, text lengths, date order, no future.
 */
final class ProgrammeChecks {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private ProgrammeChecks() {
	}

	static void year(List<FieldProblem> problems, int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			problems.add(FieldProblem.of("year", "programme.validation.year", FIRST_YEAR, LAST_YEAR));
		}
	}

	static void text(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(FieldProblem.of(field, "validation.too-long", max));
		}
	}

	static void required(List<FieldProblem> problems, String field, @Nullable Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			problems.add(FieldProblem.of(field, "validation.required"));
		}
	}

	/**
	 * {@code later} not before {@code earlier}; the problem stands at the later field.
	 */
	static void order(List<FieldProblem> problems, String laterField, @Nullable LocalDate earlier,
			@Nullable LocalDate later) {
		if (earlier != null && later != null && later.isBefore(earlier)) {
			problems.add(FieldProblem.of(laterField, "programme.validation.date-order"));
		}
	}

	static void notFuture(List<FieldProblem> problems, String field, @Nullable LocalDate date, LocalDate today) {
		if (date != null && date.isAfter(today)) {
			problems.add(FieldProblem.of(field, "programme.validation.future-date"));
		}
	}

}
