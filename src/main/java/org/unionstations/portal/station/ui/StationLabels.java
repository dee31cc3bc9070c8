package org.unionstations.portal.station.ui;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.station.Amenity;
import org.unionstations.portal.station.OpeningHours;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

/**
 * How station facts read in the user's language, and the colour each type has on maps and
 * legends.
 */
public final class StationLabels {

	public static final Map<StationType, String> COLORS = Map.of(StationType.UNION_POST_STATION, "#d7263d",
			StationType.HEART_STATION, "#7b3fbf", StationType.MOTHER_BABY_ROOM, "#f08a24", StationType.WORKERS_HOME,
			"#1676f3");

	private final Component context;

	public StationLabels(Component context) {
		this.context = context;
	}

	public String type(StationType type) {
		return context.getTranslation("station.type." + type.name());
	}

	public String status(StationStatus status) {
		return context.getTranslation("station.status." + status.name());
	}

	public String amenity(Amenity amenity) {
		return context.getTranslation("station.amenity." + amenity.name());
	}

	public String amenities(Collection<Amenity> amenities) {
		return amenities.isEmpty() ? "—" : amenities.stream().map(this::amenity).collect(Collectors.joining("、"));
	}

	public String day(DayOfWeek day) {
		return context.getTranslation("weekday." + day.name());
	}

	/** "24 小时" or "周一 08:00-18:00；周二 …", or a dash when not set. */
	public String openingHours(OpeningHours hours) {
		if (hours.allDay()) {
			return context.getTranslation("station.hours.all-day");
		}
		if (hours.days().isEmpty()) {
			return "—";
		}
		// consecutive days with the same hours read as one range: "周一至周五 08:00-18:00；周六
		// 09:00-12:00"
		java.util.List<String> parts = new java.util.ArrayList<>();
		DayOfWeek start = null;
		DayOfWeek previous = null;
		for (DayOfWeek day : DayOfWeek.values()) {
			var range = hours.days().get(day);
			boolean continues = previous != null && range != null && range.equals(hours.days().get(previous))
					&& previous.plus(1) == day;
			if (!continues && start != null) {
				parts.add(span(start, previous) + " " + hours.days().get(start));
				start = null;
			}
			if (range != null && start == null) {
				start = day;
			}
			previous = range == null ? null : day;
		}
		if (start != null) {
			parts.add(span(start, previous) + " " + hours.days().get(start));
		}
		return String.join(context.getTranslation("common.list-separator"), parts);
	}

	/**
	 * A value of the station's change log ({@code StationSnapshot}: codes, canonical
	 * hours) as users read it.
	 */
	public String changeValue(String field, String value, java.util.List<DistrictRef> districts,
			java.util.Locale locale) {
		return switch (field) {
			case "type" -> type(StationType.valueOf(value));
			case "status" -> status(StationStatus.valueOf(value));
			case "services" -> amenities(value.isEmpty() ? java.util.List.of()
					: java.util.Arrays.stream(value.split(",")).map(Amenity::valueOf).toList());
			case "openingHours" -> openingHours(OpeningHours.parse(value));
			case "district" -> districts.stream()
				.filter(d -> d.code().equals(value))
				.findFirst()
				.map(d -> d.name(locale))
				.orElse(value);
			default -> value;
		};
	}

	private String span(DayOfWeek from, DayOfWeek to) {
		return from == to ? day(from) : context.getTranslation("weekday.range", day(from), day(to));
	}

}
