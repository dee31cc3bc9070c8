package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.unionstations.portal.programme.ProgrammeImport.Cells;
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
		return check(fileName, ProgrammeImport.cells(rows));
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
				preview.rows().stream().map(r -> new Cells<>(r.rowNumber(), r.values(), List.of())).toList());
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

	private UpgradeImportPreview check(String fileName, List<Cells<UpgradeColumn>> rows) {
		ProgrammeImport.Stations stations = new ProgrammeImport.Stations(queries.allStations());
		LocalDate today = LocalDate.now(clock);
		Map<String, Integer> firstRowOf = new HashMap<>();
		List<UpgradeImportRow> checked = new ArrayList<>();
		for (Cells<UpgradeColumn> row : rows) {
			List<FieldProblem> problems = new ArrayList<>();
			ProgrammeStation station = stations.find(row.value(UpgradeColumn.STATION),
					row.value(UpgradeColumn.DISTRICT), UpgradeColumn.STATION.field(), problems);
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
						problems.add(FieldProblem.of(UpgradeColumn.STATION.field(), "programme.import.duplicate-row",
								String.valueOf(earlier)));
					}
				}
			}
			List<FieldProblem> all = ProgrammeImport.atColumns(row.cellProblems(), problems, UpgradeColumn.class,
					Map.of("stationId", UpgradeColumn.STATION.field()));
			checked.add(new UpgradeImportRow(row.number(), row.values(), station, all.isEmpty() ? draft : null, all));
		}
		return new UpgradeImportPreview(fileName, checked, List.of());
	}

	private @Nullable SmartUpgradeDraft draft(Cells<UpgradeColumn> row, @Nullable ProgrammeStation station,
			List<FieldProblem> problems) {
		int before = problems.size();
		Integer year = ProgrammeImport.year(row.value(UpgradeColumn.YEAR), UpgradeColumn.YEAR.field(), problems);
		UpgradeStatus status = ProgrammeImport.word(row.value(UpgradeColumn.STATUS), statuses,
				UpgradeColumn.STATUS.field(), problems);
		Set<UpgradeScope> scope = scope(row, problems);
		BigDecimal budget = budget(row, problems);
		Map<UpgradeColumn, LocalDate> dates = new EnumMap<>(UpgradeColumn.class);
		for (UpgradeColumn c : List.of(UpgradeColumn.PLANNED_START, UpgradeColumn.PLANNED_COMPLETION,
				UpgradeColumn.ACTUAL_START, UpgradeColumn.ACTUAL_COMPLETION, UpgradeColumn.ACCEPTANCE_DATE)) {
			LocalDate d = ProgrammeImport.date(row.value(c), c.field(), problems);
			if (d != null) {
				dates.put(c, d);
			}
		}
		ProgrammeImport.length(row.value(UpgradeColumn.CONTRACTOR), UpgradeColumn.CONTRACTOR.field(),
				ProgrammeLimits.NAME_MAX, problems);
		ProgrammeImport.length(row.value(UpgradeColumn.CANCEL_REASON), UpgradeColumn.CANCEL_REASON.field(),
				ProgrammeLimits.REASON_MAX, problems);
		ProgrammeImport.length(row.value(UpgradeColumn.ACCEPTANCE_NOTE), UpgradeColumn.ACCEPTANCE_NOTE.field(),
				ProgrammeLimits.NOTE_MAX, problems);
		if (station == null || year == null || status == null || problems.size() > before) {
			return null;
		}
		return new SmartUpgradeDraft(station.id(), year, scope, budget, row.blankToNull(UpgradeColumn.CONTRACTOR),
				dates.get(UpgradeColumn.PLANNED_START), dates.get(UpgradeColumn.PLANNED_COMPLETION),
				dates.get(UpgradeColumn.ACTUAL_START), dates.get(UpgradeColumn.ACTUAL_COMPLETION), status,
				row.blankToNull(UpgradeColumn.CANCEL_REASON), dates.get(UpgradeColumn.ACCEPTANCE_DATE),
				row.blankToNull(UpgradeColumn.ACCEPTANCE_NOTE));
	}

	private Set<UpgradeScope> scope(Cells<UpgradeColumn> row, List<FieldProblem> problems) {
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

	private static @Nullable BigDecimal budget(Cells<UpgradeColumn> row, List<FieldProblem> problems) {
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

}
