package org.unionstations.portal.station;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.TextRules;

/**
 * The registry's rules for input, checked on the server whatever the form already
 * checked; no text may hold control or direction-override characters ({@link TextRules}).
 * Field names match the {@link StationDraft} properties, so forms can show each problem
 * where it was entered.
 */
final class StationValidator {

	static final String REQUIRED = "validation.required";

	static final String TOO_LONG = "validation.too-long";

	static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");

	private StationValidator() {
	}

	static List<FieldProblem> check(StationDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "name", d.getName(), Station.NAME_MAX, true);
		text(problems, "address", d.getAddress(), Station.ADDRESS_MAX, false);
		text(problems, "hostOrganisation", d.getHostOrganisation(), Station.HOST_ORGANISATION_MAX, false);
		contact(problems, d.getContactPerson(), d.getContactPhone());
		text(problems, "statusReason", d.getStatusReason(), Station.STATUS_REASON_MAX, false);
		if (d.getType() == null) {
			problems.add(FieldProblem.of("type", REQUIRED));
		}
		if (d.getStatus() == null) {
			problems.add(FieldProblem.of("status", REQUIRED));
		}
		coordinate(problems, "longitude", d.getLongitude(), 180);
		coordinate(problems, "latitude", d.getLatitude(), 90);
		if (d.getType() != null) {
			services(problems, d.getType(), d);
		}
		return problems;
	}

	static List<FieldProblem> check(OperationalUpdate u, StationType type) {
		List<FieldProblem> problems = new ArrayList<>();
		contact(problems, u.contactPerson(), u.contactPhone());
		text(problems, "statusReason", u.statusReason(), Station.STATUS_REASON_MAX, false);
		if (u.status() == StationStatus.SUSPENDED && u.statusReason().isBlank()) {
			problems.add(FieldProblem.of("statusReason", "station.validation.reason-required"));
		}
		if (u.status() != StationStatus.OPEN && u.status() != StationStatus.SUSPENDED) {
			problems.add(FieldProblem.of("status", "station.validation.operator-status"));
		}
		for (Amenity a : u.services()) {
			if (!a.appliesTo(type)) {
				problems.add(FieldProblem.of("services", "station.validation.service-not-for-type", a.name()));
			}
		}
		return problems;
	}

	private static void services(List<FieldProblem> problems, StationType type, StationDraft d) {
		for (Amenity a : d.getServices()) {
			if (!a.appliesTo(type)) {
				problems.add(FieldProblem.of("services", "station.validation.service-not-for-type", a.name()));
			}
		}
	}

	private static void contact(List<FieldProblem> problems, String person, String phone) {
		text(problems, "contactPerson", person, Station.CONTACT_PERSON_MAX, false);
		// the pattern allows no control characters either
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
			problems.add(FieldProblem.of("contactPhone", "station.validation.phone"));
		}
	}

	private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max,
			boolean required) {
		String v = value == null ? "" : value.strip();
		Optional<FieldProblem> forbidden = TextRules.check(field, v, false);
		if (forbidden.isPresent()) {
			problems.add(forbidden.get());
		}
		else if (required && v.isEmpty()) {
			problems.add(FieldProblem.of(field, REQUIRED));
		}
		else if (v.length() > max) {
			problems.add(FieldProblem.of(field, TOO_LONG, max));
		}
	}

	private static void coordinate(List<FieldProblem> problems, String field, @Nullable Double value, double limit) {
		if (value == null) {
			problems.add(FieldProblem.of(field, REQUIRED));
		}
		else if (!(value >= -limit && value <= limit)) {
			problems.add(FieldProblem.of(field, "station.validation.coordinate-range", -limit, limit));
		}
	}

}
