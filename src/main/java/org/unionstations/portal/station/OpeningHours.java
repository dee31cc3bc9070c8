package org.unionstations.portal.station;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

	/** Every day from 08:00 to 18:00: what a day gets when it is opened. */
	public static final TimeRange USUAL = new TimeRange(LocalTime.of(8, 0), LocalTime.of(18, 0));

	private static final String[] CODES = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };

	private static final String DASH = "[-‐‑–—－~～至到]";

	private static final String TIME = "\\d{1,2}[:：]\\d{2}";

	/** One part: days (perhaps none), then a time range. */
	private static final Pattern PART = Pattern
		.compile("(?<days>[^\\d;；\\n]*?)\\s*(?<from>" + TIME + ")\\s*" + DASH + "\\s*(?<to>" + TIME + ")");

	private static final Pattern SEPARATOR_ONLY = Pattern.compile("[\\s;；,，、.。]*");

	private static final Pattern SEPARATORS_AROUND = Pattern.compile("^[\\s;；,，、:：]+|[\\s;；,，、:：]+$");

	private static final Pattern DAY_LIST = Pattern.compile("[,，、&和及/]|\\s+and\\s+");

	private static final Pattern DAY_RANGE = Pattern.compile(DASH);

	private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000]+");

	private static final Set<String> ALWAYS_WORDS = Set.of("24/7", "24小时", "全天", "全天24小时", "24小时开放", "24小时营业", "全天开放",
			"24h", "24hours", "24hrs", "open24hours", "alwaysopen", "mo-su00:00-24:00", "每天00:00-24:00",
			"daily00:00-24:00", "7x24", "7×24", "7*24", "7x24小时", "7×24小时", "7*24小时");

	private static final Map<String, DayOfWeek> DAY_WORDS = dayWords();

	private static final Map<String, Set<DayOfWeek>> GROUPS = groups();

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

	/**
	 * Opening hours as people write them, in Chinese or English: the canonical text
	 * ({@code 24/7}, {@code Mo 08:00-18:00;Tu 08:00-18:00}), {@code 24小时},
	 * {@code 24 hours}, {@code 每天 09:00-21:00}, {@code Daily 09:00-21:00},
	 * {@code 周一至周五 08:00-18:00；周六
	 * 09:00-12:00}, {@code Mon-Fri 08:00-18:00}, {@code 工作日}, {@code 周末}, day lists such
	 * as {@code 周六、周日} or {@code Sa,Su}, full-width colons, semicolons and dashes, and
	 * {@code 24:00} as closing time (read as 23:59). A time range without days means
	 * every day.
	 * @throws Invalid when the text is not opening hours, with the reason and the part
	 */
	public static OpeningHours parse(String text) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty()) {
			return NOT_SET;
		}
		String compact = WHITE_SPACE.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
		if (ALWAYS_WORDS.contains(compact)) {
			return ALWAYS;
		}
		Map<DayOfWeek, TimeRange> days = new EnumMap<>(DayOfWeek.class);
		Matcher m = PART.matcher(t);
		int end = 0;
		while (m.find()) {
			if (!SEPARATOR_ONLY.matcher(t.substring(end, m.start())).matches()) {
				throw new Invalid(Invalid.FORMAT, text);
			}
			String daysText = SEPARATORS_AROUND.matcher(m.group("days")).replaceAll("");
			String part = SEPARATORS_AROUND.matcher(m.group(0)).replaceAll("");
			TimeRange range = range(m.group("from"), m.group("to"), part);
			for (DayOfWeek day : days(daysText)) {
				if (days.put(day, range) != null) {
					throw new Invalid(Invalid.TWICE, daysText.isEmpty() ? part : daysText);
				}
			}
			end = m.end();
		}
		if (end == 0 || !SEPARATOR_ONLY.matcher(t.substring(end)).matches()) {
			throw new Invalid(Invalid.FORMAT, text);
		}
		return new OpeningHours(false, days);
	}

	private static TimeRange range(String from, String to, String part) {
		LocalTime opens = time(from, false);
		LocalTime closes = time(to, true);
		if (!opens.isBefore(closes)) {
			throw new Invalid(Invalid.ORDER, part);
		}
		return new TimeRange(opens, closes);
	}

	private static LocalTime time(String text, boolean closing) {
		String[] hm = text.split("[:：]");
		int hour = Integer.parseInt(hm[0]);
		int minute = Integer.parseInt(hm[1]);
		if (closing && hour == 24 && minute == 0) {
			return LocalTime.of(23, 59);
		}
		if (hour > 23 || minute > 59) {
			throw new Invalid(Invalid.TIME, text);
		}
		return LocalTime.of(hour, minute);
	}

	/**
	 * The days of a list such as {@code 周二、周四}, {@code 周一至周五}, {@code Tue, Thu} or
	 * {@code 工作日} (a service's days without hours); none when empty.
	 * @throws Invalid when a part is not a day, with that part
	 */
	public static Set<DayOfWeek> parseDays(String text) {
		String t = text == null ? "" : SEPARATORS_AROUND.matcher(text.strip()).replaceAll("");
		return t.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : days(t);
	}

	/** The days of a list such as 周一至周五、周日 or Mon-Fri,Su; every day when empty. */
	private static Set<DayOfWeek> days(String text) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (text.isEmpty()) {
			return EnumSet.allOf(DayOfWeek.class);
		}
		for (String item : DAY_LIST.split(text)) {
			String word = WHITE_SPACE.matcher(item).replaceAll("").toLowerCase(Locale.ROOT);
			if (word.isEmpty()) {
				continue;
			}
			Set<DayOfWeek> group = GROUPS.get(word);
			if (group != null) {
				days.addAll(group);
				continue;
			}
			String[] ends = DAY_RANGE.split(word, -1);
			if (ends.length == 1) {
				days.add(day(ends[0], item));
			}
			else if (ends.length == 2) {
				DayOfWeek from = day(ends[0], item);
				DayOfWeek to = day(ends[1], item);
				for (DayOfWeek d = from;; d = d.plus(1)) {
					days.add(d);
					if (d == to) {
						break;
					}
				}
			}
			else {
				throw new Invalid(Invalid.DAY, item.strip());
			}
		}
		return days;
	}

	private static DayOfWeek day(String word, String item) {
		DayOfWeek day = DAY_WORDS.get(word);
		if (day == null) {
			throw new Invalid(Invalid.DAY, item.strip());
		}
		return day;
	}

	/**
	 * Text that is not opening hours: why (a message key with the part as its argument)
	 * and where.
	 */
	public static final class Invalid extends IllegalArgumentException {

		/** Not in any form we read; the argument is the whole text. */
		public static final String FORMAT = "import.problem.opening-hours";

		/** Not a day of the week. */
		public static final String DAY = "station.hours.invalid.day";

		/** Not a time of day. */
		public static final String TIME = "station.hours.invalid.time";

		/** Opens at or after it closes. */
		public static final String ORDER = "station.hours.invalid.order";

		/** A day given twice. */
		public static final String TWICE = "station.hours.invalid.twice";

		private final String messageKey;

		private final String part;

		Invalid(String messageKey, String part) {
			super(messageKey + ": " + part);
			this.messageKey = messageKey;
			this.part = part;
		}

		public String messageKey() {
			return messageKey;
		}

		/** The part of the text that is wrong. */
		public String part() {
			return part;
		}

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

	private static Map<String, DayOfWeek> dayWords() {
		Map<String, DayOfWeek> words = new HashMap<>();
		String[][] names = { { "mo", "mon", "monday", "一", "周一", "星期一", "礼拜一" },
				{ "tu", "tue", "tues", "tuesday", "二", "周二", "星期二", "礼拜二" },
				{ "we", "wed", "wednesday", "三", "周三", "星期三", "礼拜三" },
				{ "th", "thu", "thur", "thurs", "thursday", "四", "周四", "星期四", "礼拜四" },
				{ "fr", "fri", "friday", "五", "周五", "星期五", "礼拜五" },
				{ "sa", "sat", "saturday", "六", "周六", "星期六", "礼拜六" },
				{ "su", "sun", "sunday", "日", "天", "周日", "周天", "星期日", "星期天", "礼拜日", "礼拜天" } };
		for (int i = 0; i < names.length; i++) {
			for (String name : names[i]) {
				words.put(name, DayOfWeek.of(i + 1));
			}
		}
		return Map.copyOf(words);
	}

	private static Map<String, Set<DayOfWeek>> groups() {
		Set<DayOfWeek> all = EnumSet.allOf(DayOfWeek.class);
		Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
		Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		Map<String, Set<DayOfWeek>> groups = new HashMap<>();
		for (String word : List.of("每天", "每日", "天天", "全周", "daily", "everyday", "alldays", "allweek")) {
			groups.put(word, all);
		}
		for (String word : List.of("工作日", "weekdays", "weekday", "workdays")) {
			groups.put(word, weekdays);
		}
		for (String word : List.of("周末", "双休日", "weekend", "weekends")) {
			groups.put(word, weekend);
		}
		return Map.copyOf(groups);
	}

}
