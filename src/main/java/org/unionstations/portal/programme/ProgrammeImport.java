package org.unionstations.portal.programme;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.table.TableColumn;
import org.unionstations.portal.base.table.TableImport;
import org.unionstations.portal.base.table.TableVocabulary;
import org.unionstations.portal.station.OpeningHours;

/**
 * What the programme imports (smart upgrades, legal add-ons, flagship records) share: the
 * row's cells, the station a row names, years, dates, times and weekdays as people write
 * them, and moving the rules' problems to the file's columns. Each import keeps its own
 * columns, rules and commit.
 */
final class ProgrammeImport {

	private static final Pattern TIME = Pattern
		.compile("(\\d{1,2})\\s*[:：时点]\\s*(\\d{2})(?:\\s*[:：]\\s*\\d{2})?\\s*分?");

	private ProgrammeImport() {
	}

	/** One row of a file: its number, its cells, and the cells that could not be read. */
	record Cells<C extends Enum<C>>(int number, Map<C, String> values, List<FieldProblem> cellProblems) {

		Cells {
			values = Map.copyOf(values);
			cellProblems = List.copyOf(cellProblems);
		}

		/**
		 * The cell without surrounding white space; empty when the file has no such
		 * column.
		 */
		String value(C column) {
			String v = values.get(column);
			return v == null ? "" : v.strip();
		}

		@Nullable String blankToNull(C column) {
			String v = value(column);
			return v.isEmpty() ? null : v;
		}

	}

	static <C extends Enum<C>> List<Cells<C>> cells(List<TableImport.Row<C>> rows) {
		return rows.stream().map(r -> new Cells<>(r.number(), r.values(), r.cellProblems())).toList();
	}

	/** Every station by name; the district tells apart stations that share one. */
	static final class Stations {

		private final Map<String, List<ProgrammeStation>> byName = new HashMap<>();

		Stations(List<ProgrammeStation> all) {
			all.forEach(s -> byName.computeIfAbsent(TableImport.sameNameKey(s.name()), k -> new ArrayList<>()).add(s));
		}

		/**
		 * The station named, in the district when one is given; else null with the
		 * problem at {@code field}.
		 */
		@Nullable ProgrammeStation find(String name, String district, String field, List<FieldProblem> problems) {
			if (name.isEmpty()) {
				problems.add(FieldProblem.of(field, TableImport.REQUIRED));
				return null;
			}
			List<ProgrammeStation> found = byName.getOrDefault(TableImport.sameNameKey(name), List.of());
			String wanted = TableVocabulary.normalise(district);
			if (!wanted.isEmpty()) {
				found = found.stream()
					.filter(s -> wanted.equals(TableVocabulary.normalise(String.valueOf(s.districtNameZh())))
							|| wanted.equals(TableVocabulary.normalise(String.valueOf(s.districtNameEn()))))
					.toList();
			}
			if (found.isEmpty()) {
				problems.add(FieldProblem.of(field, "programme.import.unknown-station", name));
				return null;
			}
			if (found.size() > 1) {
				problems.add(FieldProblem.of(field, "programme.import.ambiguous-station", name));
				return null;
			}
			return found.getFirst();
		}

	}

	/** 2026, 2026年 or 2026.0 (a number cell); required. */
	static @Nullable Integer year(String text, String field, List<FieldProblem> problems) {
		if (text.isEmpty()) {
			problems.add(FieldProblem.of(field, TableImport.REQUIRED));
			return null;
		}
		String digits = text.replaceAll("年$", "").replaceAll("\\.0+$", "").strip();
		if (!digits.matches("\\d{4}")) {
			problems.add(FieldProblem.of(field, "programme.validation.year", ProgrammeChecks.FIRST_YEAR,
					ProgrammeChecks.LAST_YEAR));
			return null;
		}
		return Integer.parseInt(digits);
	}

	/** A required word of a vocabulary (a status, a partner type), Chinese or English. */
	static <E extends Enum<E>> @Nullable E word(String text, TableVocabulary<E> words, String field,
			List<FieldProblem> problems) {
		if (text.isEmpty()) {
			problems.add(FieldProblem.of(field, TableImport.REQUIRED));
			return null;
		}
		E value = words.find(text).orElse(null);
		if (value == null) {
			problems.add(FieldProblem.of(field, "programme.import.unknown-value", text));
		}
		return value;
	}

	/**
	 * 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日 (a time after it is ignored); null when
	 * empty.
	 */
	static @Nullable LocalDate date(String text, String field, List<FieldProblem> problems) {
		if (text.isEmpty()) {
			return null;
		}
		LocalDate date = TableImport.date(text).orElse(null);
		if (date == null) {
			problems.add(FieldProblem.of(field, "programme.import.not-a-date", text));
		}
		return date;
	}

	/** 08:00, 8:00, 8：30, 8点30 or 08:00:00 (an Excel time); null when empty. */
	static @Nullable LocalTime time(String text, String field, List<FieldProblem> problems) {
		if (text.isEmpty()) {
			return null;
		}
		Matcher m = TIME.matcher(text);
		try {
			if (m.matches()) {
				return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			}
		}
		catch (DateTimeException e) {
			// 25:00 is no time either
		}
		problems.add(FieldProblem.of(field, "programme.import.not-a-time", text));
		return null;
	}

	/** 周二、周四, Tue, Thu, 周一至周五 or 工作日; none when empty. */
	static Set<DayOfWeek> weekdays(String text, String field, List<FieldProblem> problems) {
		try {
			return OpeningHours.parseDays(text);
		}
		catch (OpeningHours.Invalid e) {
			problems.add(FieldProblem.of(field, "programme.import.not-a-weekday", e.part()));
			return EnumSet.noneOf(DayOfWeek.class);
		}
	}

	static void length(String text, String field, int max, List<FieldProblem> problems) {
		if (text.length() > max) {
			problems.add(FieldProblem.of(field, TableImport.TOO_LONG, max));
		}
	}

	/**
	 * A row's problems as the preview shows them: unreadable cells first, then every
	 * problem at the file's column ({@code ruleFields} maps the fields the rules speak
	 * of, like {@code stationId}, to columns), in column order.
	 */
	static <C extends Enum<C> & TableColumn> List<FieldProblem> atColumns(List<FieldProblem> cellProblems,
			List<FieldProblem> problems, Class<C> type, Map<String, String> ruleFields) {
		List<FieldProblem> moved = problems.stream()
			.map(p -> new FieldProblem(ruleFields.getOrDefault(p.field(), p.field()), p.messageKey(), p.args()))
			.toList();
		C[] columns = type.getEnumConstants();
		return TableImport.withCellProblems(cellProblems,
				TableImport.inColumnOrder(moved, type, columns[columns.length - 1]));
	}

}
