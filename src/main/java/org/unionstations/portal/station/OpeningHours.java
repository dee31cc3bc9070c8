package org.unionstations.portal.station;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When a station is open: around the clock, or per weekday from–to (days absent are
 * closed). Stored as a short canonical text: {@code 24/7}, or
 * {@code Mo 08:00-18:00;Tu 08:00-18:00;...}; the empty text means "not set".
 */
public record OpeningHours(boolean allDay, Map<DayOfWeek, TimeRange> days) {

	public static final OpeningHours NOT_SET = new OpeningHours(false, Map.of());

	public static final OpeningHours ALWAYS = new OpeningHours(true, Map.of());

	private static final String ALL_DAY = "24/7";

	private static final String[] CODES = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };

	public OpeningHours {
		if (allDay && !days.isEmpty()) {
			throw new IllegalArgumentException("24/7 has no per-day hours");
		}
		EnumMap<DayOfWeek, TimeRange> copy = new EnumMap<>(DayOfWeek.class);
		copy.putAll(days);
		days = Collections.unmodifiableMap(copy);
	}

	/** An open–close range within one day; start before end. */
	public record TimeRange(LocalTime opens, LocalTime closes) {

		public TimeRange {
			if (!opens.isBefore(closes)) {
				throw new IllegalArgumentException("opening time must be before closing time: " + opens + "-" + closes);
			}
		}

		@Override
		public String toString() {
			return opens + "-" + closes;
		}

	}

	public boolean isSet() {
		return allDay || !days.isEmpty();
	}

	public static OpeningHours parse(String text) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty()) {
			return NOT_SET;
		}
		if (t.equals(ALL_DAY)) {
			return ALWAYS;
		}
		Map<DayOfWeek, TimeRange> days = new EnumMap<>(DayOfWeek.class);
		for (String part : t.split(";")) {
			String[] dayAndRange = part.strip().split(" ");
			if (dayAndRange.length != 2) {
				throw new IllegalArgumentException("not opening hours: " + text);
			}
			DayOfWeek day = dayOf(dayAndRange[0]);
			String[] times = dayAndRange[1].split("-");
			if (times.length != 2 || days.containsKey(day)) {
				throw new IllegalArgumentException("not opening hours: " + text);
			}
			try {
				days.put(day, new TimeRange(LocalTime.parse(times[0]), LocalTime.parse(times[1])));
			}
			catch (DateTimeParseException e) {
				throw new IllegalArgumentException("not opening hours: " + text, e);
			}
		}
		return new OpeningHours(false, days);
	}

	/** The canonical text. */
	public String format() {
		if (allDay) {
			return ALL_DAY;
		}
		return days.entrySet()
			.stream()
			.map(e -> CODES[e.getKey().ordinal()] + " " + e.getValue())
			.collect(Collectors.joining(";"));
	}

	private static DayOfWeek dayOf(String code) {
		for (int i = 0; i < CODES.length; i++) {
			if (CODES[i].equals(code)) {
				return DayOfWeek.of(i + 1);
			}
		}
		throw new IllegalArgumentException("unknown weekday: " + code);
	}

}
