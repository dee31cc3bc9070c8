package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.audit.AuditLog;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.TableImport;
import org.unionstations.portal.base.table.TableRejectedException;
import org.unionstations.portal.base.table.TableTemplate;
import org.unionstations.portal.base.table.TableVocabulary;

/**
 * Smart upgrades from the spreadsheets programme lists already live in, all or nothing
 * (decision 0004, as stations and demand points): the preview reports every problem of
 * every row (the station it names, year, status, scope, budget, dates, and every rule a
 * single save checks, duplicates included), the commit checks again and writes every row
 * or none, each with an {@code IMPORT} entry in the change log.
 */
@Service
@Transactional(readOnly = true)
public class SmartUpgradeImportService {

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+.*)?");

	private static final Pattern SEPARATORS = Pattern.compile("[、,;，；/]+");

	private final SmartUpgradeRepository upgrades;

	private final ProgrammeQueries queries;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	private final TableVocabulary<UpgradeColumn> columns;

	private final TableVocabulary<UpgradeStatus> statuses;

	private final TableVocabulary<UpgradeScope> scopes;

	SmartUpgradeImportService(SmartUpgradeRepository upgrades, ProgrammeQueries queries, AuditLog audit,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.upgrades = upgrades;
		this.queries = queries;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.messages = messages;
		this.columns = TableVocabulary.columns(messages, UpgradeColumn.values());
		this.statuses = TableVocabulary.of(messages, UpgradeStatus.values(), s -> "programme.upgrade.status." + s);
		this.scopes = TableVocabulary.of(messages, UpgradeScope.values(), s -> "programme.upgrade.scope." + s);
	}

	/** Reads and checks a {@code .csv} or {@code .xlsx} file; writes nothing. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public UpgradeImportPreview preview(String fileName, byte[] content, CoordinateSystem ignored) {
		List<FieldProblem> fileProblems = new ArrayList<>();
		List<TableImport.Row<UpgradeColumn>> rows = TableImport.read(fileName, content, UpgradeColumn.class,
				columns::find, fileProblems);
		if (!fileProblems.isEmpty()) {
			return new UpgradeImportPreview(fileName, List.of(), fileProblems);
		}
		return check(fileName, rows.stream().map(r -> new Cells(r.number(), r.values(), r.cellProblems())).toList());
	}

	/**
	 * Creates an upgrade for every row, after checking every row again against the
	 * upgrades there are now; any problem and nothing is written.
	 * @return how many upgrades were created
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public int commit(UpgradeImportPreview preview) {
		if (!preview.canCommit()) {
			throw new TableRejectedException(preview);
		}
		UpgradeImportPreview fresh = check(preview.fileName(),
				preview.rows().stream().map(r -> new Cells(r.rowNumber(), r.values(), List.of())).toList());
		if (!fresh.canCommit()) {
			throw new TableRejectedException(fresh);
		}
		List<SmartUpgrade> created = new ArrayList<>();
		for (UpgradeImportRow row : fresh.rows()) {
			SmartUpgrade upgrade = new SmartUpgrade(row.draft().stationId());
			upgrade.apply(row.draft());
			created.add(upgrade);
		}
		upgrades.saveAllAndFlush(created);
		Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
		created.forEach(u -> changes.put(u.getId(), FieldChange.between(Map.of(), u.snapshot())));
		audit.recordAll(SmartUpgradeService.ENTITY_TYPE, ChangeAction.IMPORT, changes);
		fresh.rows()
			.stream()
			.map(r -> r.draft().year())
			.distinct()
			.forEach(y -> events.publishEvent(new ProgrammeChanged(Programme.SMART_UPGRADE, y)));
		return created.size();
	}

	/**
	 * An Excel workbook to fill in: the headers alone on the first sheet, what each
	 * column takes and an example on the second, so no example row can be imported by
	 * mistake.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public byte[] template(Locale locale) {
		List<String> example = List.of("温泉路环卫工会驿站", "咸安区", "2026", statuses.label(UpgradeStatus.ACCEPTED, locale),
				scopes.label(UpgradeScope.SMART_ACCESS, locale) + "、" + scopes.label(UpgradeScope.VIDEO, locale),
				"120000.00", "咸宁智联科技有限公司", "2026-03-01", "2026-05-31", "2026-03-05", "2026-05-20", "2026-06-10", "",
				"");
		return TableTemplate.xlsx(text("programme.import.data-sheet", locale), columns.labels(locale),
				text("import.template.guide-sheet", locale), List.of(text("import.template.guide-title", locale),
						text("import.template.guide-where", locale), text("programme.import.help", locale)),
				List.of(example));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private record Cells(int number, Map<UpgradeColumn, String> values, List<FieldProblem> cellProblems) {

		String value(UpgradeColumn column) {
			String v = values.get(column);
			return v == null ? "" : v.strip();
		}

	}

	private UpgradeImportPreview check(String fileName, List<Cells> rows) {
		Map<String, List<ProgrammeStation>> stationsByName = new HashMap<>();
		queries.allStations()
			.forEach(s -> stationsByName.computeIfAbsent(TableImport.sameNameKey(s.name()), k -> new ArrayList<>())
				.add(s));
		LocalDate today = LocalDate.now(clock);
		Map<String, Integer> firstRowOf = new HashMap<>();
		List<UpgradeImportRow> checked = new ArrayList<>();
		for (Cells row : rows) {
			List<FieldProblem> problems = new ArrayList<>();
			ProgrammeStation station = station(row, stationsByName, problems);
			SmartUpgradeDraft draft = draft(row, station, problems);
			if (draft != null) {
				problems.addAll(SmartUpgradeRules.check(null, draft, today));
				if (draft.status() != UpgradeStatus.CANCELLED) {
					if (upgrades.existsOther(draft.stationId(), draft.year(), null)) {
						problems.add(FieldProblem.of(UpgradeColumn.STATION.field(),
								"programme.upgrade.validation.duplicate"));
					}
					Integer earlier = firstRowOf.putIfAbsent(draft.stationId() + "/" + draft.year(), row.number());
					if (earlier != null) {
						problems.add(FieldProblem.of(UpgradeColumn.STATION.field(), "import.problem.duplicate-row",
								String.valueOf(earlier)));
					}
				}
			}
			checked.add(new UpgradeImportRow(row.number(), row.values(), station, problems.isEmpty() ? draft : null,
					columnField(problems)));
		}
		return new UpgradeImportPreview(fileName, checked, List.of());
	}

	/** The station the row names: by name, and by district where two share the name. */
	private @Nullable ProgrammeStation station(Cells row, Map<String, List<ProgrammeStation>> byName,
			List<FieldProblem> problems) {
		String name = row.value(UpgradeColumn.STATION);
		String field = UpgradeColumn.STATION.field();
		if (name.isEmpty()) {
			problems.add(FieldProblem.of(field, TableImport.REQUIRED));
			return null;
		}
		List<ProgrammeStation> found = byName.getOrDefault(TableImport.sameNameKey(name), List.of());
		String district = TableVocabulary.normalise(row.value(UpgradeColumn.DISTRICT));
		if (!district.isEmpty()) {
			found = found.stream()
				.filter(s -> district.equals(TableVocabulary.normalise(String.valueOf(s.districtNameZh())))
						|| district.equals(TableVocabulary.normalise(String.valueOf(s.districtNameEn()))))
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

	private @Nullable SmartUpgradeDraft draft(Cells row, @Nullable ProgrammeStation station,
			List<FieldProblem> problems) {
		int before = problems.size();
		Integer year = year(row, problems);
		UpgradeStatus status = status(row, problems);
		Set<UpgradeScope> scope = scope(row, problems);
		BigDecimal budget = budget(row, problems);
		Map<UpgradeColumn, LocalDate> dates = new EnumMap<>(UpgradeColumn.class);
		for (UpgradeColumn c : List.of(UpgradeColumn.PLANNED_START, UpgradeColumn.PLANNED_COMPLETION,
				UpgradeColumn.ACTUAL_START, UpgradeColumn.ACTUAL_COMPLETION, UpgradeColumn.ACCEPTANCE_DATE)) {
			LocalDate d = date(row, c, problems);
			if (d != null) {
				dates.put(c, d);
			}
		}
		text(row, UpgradeColumn.CONTRACTOR, ProgrammeLimits.NAME_MAX, problems);
		text(row, UpgradeColumn.CANCEL_REASON, ProgrammeLimits.REASON_MAX, problems);
		text(row, UpgradeColumn.ACCEPTANCE_NOTE, ProgrammeLimits.NOTE_MAX, problems);
		if (station == null || problems.size() > before) {
			return null;
		}
		return new SmartUpgradeDraft(station.id(), year, scope, budget, blank(row, UpgradeColumn.CONTRACTOR),
				dates.get(UpgradeColumn.PLANNED_START), dates.get(UpgradeColumn.PLANNED_COMPLETION),
				dates.get(UpgradeColumn.ACTUAL_START), dates.get(UpgradeColumn.ACTUAL_COMPLETION), status,
				blank(row, UpgradeColumn.CANCEL_REASON), dates.get(UpgradeColumn.ACCEPTANCE_DATE),
				blank(row, UpgradeColumn.ACCEPTANCE_NOTE));
	}

	private static @Nullable Integer year(Cells row, List<FieldProblem> problems) {
		String text = row.value(UpgradeColumn.YEAR);
		if (text.isEmpty()) {
			problems.add(FieldProblem.of(UpgradeColumn.YEAR.field(), TableImport.REQUIRED));
			return null;
		}
		String digits = text.replaceAll("年$", "").replaceAll("\\.0+$", "");
		if (!digits.matches("\\d{4}")) {
			problems.add(FieldProblem.of(UpgradeColumn.YEAR.field(), "programme.validation.year",
					ProgrammeChecks.FIRST_YEAR, ProgrammeChecks.LAST_YEAR));
			return null;
		}
		return Integer.parseInt(digits);
	}

	private @Nullable UpgradeStatus status(Cells row, List<FieldProblem> problems) {
		String text = row.value(UpgradeColumn.STATUS);
		if (text.isEmpty()) {
			problems.add(FieldProblem.of(UpgradeColumn.STATUS.field(), TableImport.REQUIRED));
			return null;
		}
		UpgradeStatus status = statuses.find(text).orElse(null);
		if (status == null) {
			problems.add(FieldProblem.of(UpgradeColumn.STATUS.field(), "programme.import.unknown-value", text));
		}
		return status;
	}

	private Set<UpgradeScope> scope(Cells row, List<FieldProblem> problems) {
		Set<UpgradeScope> scope = EnumSet.noneOf(UpgradeScope.class);
		for (String item : SEPARATORS.split(row.value(UpgradeColumn.SCOPE))) {
			if (item.isBlank()) {
				continue;
			}
			scopes.find(item)
				.ifPresentOrElse(scope::add, () -> problems
					.add(FieldProblem.of(UpgradeColumn.SCOPE.field(), "programme.import.unknown-value", item.strip())));
		}
		return scope;
	}

	private static @Nullable BigDecimal budget(Cells row, List<FieldProblem> problems) {
		String text = row.value(UpgradeColumn.BUDGET).replace(",", "").replace("，", "").replaceAll("元$", "").strip();
		if (text.isEmpty()) {
			return null;
		}
		if (!TableImport.isNumber(text)) {
			problems.add(FieldProblem.of(UpgradeColumn.BUDGET.field(), TableImport.NOT_A_NUMBER, text));
			return null;
		}
		return new BigDecimal(text);
	}

	/** 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日 (a time after it is ignored). */
	private static @Nullable LocalDate date(Cells row, UpgradeColumn column, List<FieldProblem> problems) {
		String text = row.value(column);
		if (text.isEmpty()) {
			return null;
		}
		Matcher m = DATE.matcher(text);
		try {
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			return LocalDate.parse(text);
		}
		catch (java.time.DateTimeException e) {
			problems.add(FieldProblem.of(column.field(), "programme.import.not-a-date", text));
			return null;
		}
	}

	private static void text(Cells row, UpgradeColumn column, int max, List<FieldProblem> problems) {
		if (row.value(column).length() > max) {
			problems.add(FieldProblem.of(column.field(), TableImport.TOO_LONG, max));
		}
	}

	private static @Nullable String blank(Cells row, UpgradeColumn column) {
		String v = row.value(column);
		return v.isEmpty() ? null : v;
	}

	/**
	 * Rules speak of the draft's fields ({@code stationId}, {@code actualCompletion});
	 * the preview names the file's columns, so each problem stands at its column.
	 */
	private static List<FieldProblem> columnField(List<FieldProblem> problems) {
		Map<String, String> fieldToColumn = new HashMap<>();
		fieldToColumn.put("stationId", UpgradeColumn.STATION.field());
		Arrays.stream(UpgradeColumn.values()).forEach(c -> fieldToColumn.putIfAbsent(c.field(), c.field()));
		return TableImport.inColumnOrder(problems.stream()
			.map(p -> new FieldProblem(fieldToColumn.getOrDefault(p.field(), p.field()), p.messageKey(), p.args()))
			.toList(), UpgradeColumn.class, UpgradeColumn.ACCEPTANCE_NOTE);
	}

}
