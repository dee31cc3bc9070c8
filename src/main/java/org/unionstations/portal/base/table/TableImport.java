package org.unionstations.portal.base.table;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.TextRules;
import org.unionstations.portal.base.geo.CoordinateConverter;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.geo.LonLat;

/**
 * The parts every table import shares: reading a {@code .csv} or {@code .xlsx} file whose
 * first row names the columns into rows of values by column, with every problem of the
 * file as a whole; numbers, points and names as all imports read them; and the order
 * problems are shown in. The rules of a row's values are the feature's.
 */
public final class TableImport {

	/** The largest file an import reads: 10 MB. */
	public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

	/** Rows per file; more are imported in several files. */
	public static final int MAX_ROWS = 10_000;

	/** The field of problems with the file as a whole. */
	public static final String FILE = "file";

	/** The field of problems with the point (both coordinates). */
	public static final String LOCATION = "location";

	public static final String REQUIRED = "validation.required";

	public static final String TOO_LONG = "validation.too-long";

	public static final String NOT_A_NUMBER = "import.problem.not-a-number";

	/** The file problem when too many files are being read at once. */
	public static final String BUSY = "import.busy";

	/**
	 * Files read at the same time, across all imports: each may hold up to
	 * {@value #MAX_ROWS} rows in memory, and the server has other work too.
	 */
	static final int MAX_READING = 2;

	/** How long a file waits for its turn before the user is told to try again. */
	static final Duration READING_WAIT = Duration.ofSeconds(5);

	static final Semaphore READING = new Semaphore(MAX_READING, true);

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+.*)?");

	private TableImport() {
	}

	/**
	 * The data rows of a {@code .csv} (UTF-8 or GB18030, comma-separated) or
	 * {@code .xlsx} (first sheet) file whose first non-blank row names the columns, found
	 * by {@code byHeader}. Values are stripped, with a formula guard's apostrophe taken
	 * off; blank rows are left out. A cell that cannot be read (a formula without a
	 * computed value, a control character) is a problem of that cell in its row. When the
	 * file as a whole has a problem (type, size, encoding, missing or repeated columns,
	 * no rows, too many rows, too many files being read at once) it goes to
	 * {@code problems} and no row is returned. At most {@value #MAX_READING} files are
	 * read at once; an {@code .xlsx} is read as a stream and no further than the row
	 * limit.
	 */
	public static <C extends Enum<C> & TableColumn> List<Row<C>> read(String fileName, byte[] content, Class<C> type,
			Function<String, Optional<C>> byHeader, List<FieldProblem> problems) {
		if (content.length == 0) {
			problems.add(FieldProblem.of(FILE, "import.file.empty"));
			return List.of();
		}
		if (content.length > MAX_FILE_BYTES) {
			problems.add(FieldProblem.of(FILE, "import.file.too-big"));
			return List.of();
		}
		if (!acquireReading()) {
			problems.add(FieldProblem.of(FILE, BUSY));
			return List.of();
		}
		List<TableRow> table;
		try {
			table = switch (extension(fileName)) {
				case "csv" -> Csv.read(content);
				// the header and the rows imported; the reader stops one row later, so
				// that too many rows are seen without reading them all
				case "xlsx" -> Xlsx.read(content, MAX_ROWS + 1);
				default -> null;
			};
		}
		catch (TableTooLargeException e) {
			problems.add(e.rows() ? FieldProblem.of(FILE, "import.file.too-many-rows", String.valueOf(MAX_ROWS))
					: FieldProblem.of(FILE, "import.file.too-much-text"));
			return List.of();
		}
		catch (TableFormatException e) {
			problems.add(e.row() != null ? FieldProblem.of(FILE, "import.file.unclosed-quote", String.valueOf(e.row()))
					: FieldProblem.of(FILE, e.messageKey()));
			return List.of();
		}
		finally {
			READING.release();
		}
		if (table == null) {
			problems.add(FieldProblem.of(FILE, "import.file.type"));
			return List.of();
		}
		List<TableRow> nonBlank = table.stream().filter(r -> !r.isBlank()).toList();
		if (nonBlank.isEmpty()) {
			problems.add(FieldProblem.of(FILE, "import.file.empty"));
			return List.of();
		}
		Map<C, Integer> columns = columns(nonBlank.get(0), type, byHeader, problems);
		List<TableRow> data = nonBlank.subList(1, nonBlank.size());
		if (data.isEmpty()) {
			problems.add(FieldProblem.of(FILE, "import.file.no-rows"));
		}
		else if (data.size() > MAX_ROWS) {
			problems.add(FieldProblem.of(FILE, "import.file.too-many-rows", String.valueOf(MAX_ROWS)));
		}
		if (!problems.isEmpty()) {
			return List.of();
		}
		List<Row<C>> rows = new ArrayList<>(data.size());
		for (TableRow row : data) {
			Map<C, String> values = new EnumMap<>(type);
			List<FieldProblem> cellProblems = new ArrayList<>();
			columns.forEach((column, index) -> {
				String unreadable = row.cellProblems().get(index);
				String text = FormulaGuard.unguard(row.cell(index).strip());
				Optional<FieldProblem> problem = unreadable != null
						? Optional.of(FieldProblem.of(column.field(), unreadable))
						: TextRules.check(column.field(), text, true);
				problem.ifPresent(cellProblems::add);
				// a cell that cannot be read is empty for the feature's rules
				values.put(column, problem.isPresent() ? "" : text);
			});
			rows.add(new Row<>(row.number(), values, cellProblems));
		}
		return rows;
	}

	private static boolean acquireReading() {
		try {
			return READING.tryAcquire(READING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Which column is where, by header; missing and repeated columns are problems. */
	private static <C extends Enum<C> & TableColumn> Map<C, Integer> columns(TableRow header, Class<C> type,
			Function<String, Optional<C>> byHeader, List<FieldProblem> problems) {
		Map<C, Integer> columns = new EnumMap<>(type);
		for (int i = 0; i < header.cells().size(); i++) {
			int index = i;
			byHeader.apply(FormulaGuard.unguard(header.cell(i))).ifPresent(column -> {
				if (columns.putIfAbsent(column, index) != null) {
					problems.add(FieldProblem.of(column.field(), "import.file.repeated-column"));
				}
			});
		}
		for (C column : type.getEnumConstants()) {
			if (column.required() && !columns.containsKey(column)) {
				problems.add(FieldProblem.of(column.field(), "import.file.missing-column"));
			}
		}
		return columns;
	}

	/**
	 * A day as people write it: 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日 (a time after
	 * it is ignored); empty when the text is no such day.
	 */
	public static Optional<LocalDate> date(String text) {
		Matcher m = DATE.matcher(text.strip());
		try {
			if (m.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3))));
			}
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/** A decimal number as people type it: digits with an optional sign and point. */
	public static boolean isNumber(String text) {
		return NUMBER.matcher(text).matches();
	}

	/**
	 * A row's point in WGS84, from its longitude and latitude cells in {@code crs}; null
	 * when either is missing, not a number or out of range, with the reasons in
	 * {@code problems}.
	 */
	public static @Nullable LonLat point(String longitude, String latitude, TableColumn longitudeColumn,
			TableColumn latitudeColumn, CoordinateSystem crs, List<FieldProblem> problems) {
		Double lon = coordinate(longitude, longitudeColumn, 180, problems);
		Double lat = coordinate(latitude, latitudeColumn, 90, problems);
		if (lon == null || lat == null) {
			return null;
		}
		return CoordinateConverter.toWgs84(new LonLat(lon, lat), crs);
	}

	private static @Nullable Double coordinate(String text, TableColumn column, double limit,
			List<FieldProblem> problems) {
		if (text.isEmpty()) {
			problems.add(FieldProblem.of(column.field(), REQUIRED));
			return null;
		}
		if (!isNumber(text)) {
			problems.add(FieldProblem.of(column.field(), NOT_A_NUMBER, text));
			return null;
		}
		double value = Double.parseDouble(text);
		if (!(value >= -limit && value <= limit)) {
			problems.add(FieldProblem.of(column.field(), "station.validation.coordinate-range", -limit, limit));
			return null;
		}
		return value;
	}

	/**
	 * The problems in column order, each column's in the order found; the point's
	 * ({@link #LOCATION}) right after {@code locationAfter}, the rest last.
	 */
	public static <C extends Enum<C> & TableColumn> List<FieldProblem> inColumnOrder(List<FieldProblem> problems,
			Class<C> type, C locationAfter) {
		Map<String, Integer> rank = new HashMap<>();
		for (C column : type.getEnumConstants()) {
			rank.putIfAbsent(column.field(), column.ordinal() * 2);
		}
		rank.put(LOCATION, locationAfter.ordinal() * 2 + 1);
		return problems.stream()
			.sorted(Comparator.comparingInt(p -> rank.getOrDefault(p.field(), Integer.MAX_VALUE)))
			.toList();
	}

	/** Names are the same when they differ only in case and white space. */
	public static String sameNameKey(String name) {
		return name.codePoints()
			.filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
			.map(Character::toLowerCase)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * The problems of a row: those of its cells that could not be read first, then
	 * {@code found} by the feature's rules, except "required" for a field whose cell
	 * could not be read (it is not empty, it is unreadable).
	 */
	public static List<FieldProblem> withCellProblems(List<FieldProblem> cellProblems, List<FieldProblem> found) {
		Set<String> unreadable = new HashSet<>();
		cellProblems.forEach(p -> unreadable.add(p.field()));
		List<FieldProblem> all = new ArrayList<>(cellProblems);
		found.stream()
			.filter(p -> !(p.messageKey().equals(REQUIRED) && unreadable.contains(p.field())))
			.forEach(all::add);
		return all;
	}

	/**
	 * One data row of a file.
	 *
	 * @param number the row's number as the file shows it (the header is row 1)
	 * @param values the cells of the columns the file has, as read; a cell that could not
	 * be read is empty
	 * @param cellProblems why cells could not be read (a formula without a computed
	 * value, a control character), one per cell, under the cell's field
	 */
	public record Row<C extends Enum<C>>(int number, Map<C, String> values, List<FieldProblem> cellProblems) {

		public Row {
			values = Collections.unmodifiableMap(values);
			cellProblems = List.copyOf(cellProblems);
		}

		/** The cell of a column, or the empty text when the file has no such column. */
		public String value(C column) {
			return values.getOrDefault(column, "");
		}

	}

}
