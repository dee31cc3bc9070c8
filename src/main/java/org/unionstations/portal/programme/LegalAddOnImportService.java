package org.unionstations.portal.programme;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.unionstations.portal.programme.ProgrammeImport.Cells;

/**
 * Legal-service add-ons from a spreadsheet, all or nothing, as smart upgrades: the
 * preview reports every problem of every row (station, year, status, partner, weekdays,
 * hours, dates, and every rule of a single save: union post stations only, one planned or
 * active add-on per station in the database and within the file), the commit checks again
 * and writes every row or none, each with an {@code IMPORT} entry in the change log.
 */
@Service
@Transactional(readOnly = true)
public class LegalAddOnImportService {

	private static final Map<String, String> RULE_FIELDS = Map.of("stationId", LegalColumn.STATION.field());

	private final LegalAddOnRepository addOns;

	private final ProgrammeQueries queries;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	private final TableVocabulary<LegalColumn> columns;

	private final TableVocabulary<LegalStatus> statuses;

	private final TableVocabulary<LegalPartnerKind> partners;

	LegalAddOnImportService(LegalAddOnRepository addOns, ProgrammeQueries queries, AuditLog audit,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.addOns = addOns;
		this.queries = queries;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.messages = messages;
		this.columns = TableVocabulary.columns(messages, LegalColumn.values());
		this.statuses = TableVocabulary.of(messages, LegalStatus.values(), s -> "programme.legal.status." + s);
		this.partners = TableVocabulary.of(messages, LegalPartnerKind.values(), k -> "programme.legal.partner." + k);
	}

	/** Reads and checks a {@code .csv} or {@code .xlsx} file; writes nothing. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public LegalImportPreview preview(String fileName, byte[] content, CoordinateSystem ignored) {
		List<FieldProblem> fileProblems = new ArrayList<>();
		List<TableImport.Row<LegalColumn>> rows = TableImport.read(fileName, content, LegalColumn.class, columns::find,
				fileProblems);
		if (!fileProblems.isEmpty()) {
			return new LegalImportPreview(fileName, List.of(), fileProblems);
		}
		return check(fileName, ProgrammeImport.cells(rows));
	}

	/**
	 * Creates an add-on for every row, after checking every row again against the add-ons
	 * there are now; any problem and nothing is written.
	 * @return how many add-ons were created
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public int commit(LegalImportPreview preview) {
		if (!preview.canCommit()) {
			throw new TableRejectedException(preview);
		}
		LegalImportPreview fresh = check(preview.fileName(),
				preview.rows().stream().map(r -> new Cells<>(r.rowNumber(), r.values(), List.of())).toList());
		if (!fresh.canCommit()) {
			throw new TableRejectedException(fresh);
		}
		List<LegalAddOn> created = new ArrayList<>();
		for (LegalImportRow row : fresh.rows()) {
			LegalAddOn addOn = new LegalAddOn(row.draft().stationId());
			addOn.apply(row.draft());
			created.add(addOn);
		}
		addOns.saveAllAndFlush(created);
		Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
		created.forEach(a -> changes.put(a.getId(), FieldChange.between(Map.of(), a.snapshot())));
		audit.recordAll(LegalAddOnService.ENTITY_TYPE, ChangeAction.IMPORT, changes);
		fresh.rows()
			.stream()
			.map(r -> r.draft().year())
			.distinct()
			.forEach(y -> events.publishEvent(new ProgrammeChanged(Programme.LEGAL_SERVICE, y)));
		return created.size();
	}

	/**
	 * An Excel workbook to fill in: the headers alone on the first sheet, what each
	 * column takes and an example on the second.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public byte[] template(Locale locale) {
		List<String> example = List.of("温泉路环卫工会驿站", "咸安区", "2026", statuses.label(LegalStatus.ACTIVE, locale),
				partners.label(LegalPartnerKind.LAW_FIRM, locale), "湖北咸宁律师事务所", "张律师", "0715-8123456", "周二、周四", "09:00",
				"11:30", "2026-03-01", "");
		return TableTemplate.xlsx(text("programme.legal.import.data-sheet", locale), columns.labels(locale),
				text("import.template.guide-sheet", locale), List.of(text("import.template.guide-title", locale),
						text("import.template.guide-where", locale), text("programme.legal.import.help", locale)),
				List.of(example));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private LegalImportPreview check(String fileName, List<Cells<LegalColumn>> rows) {
		ProgrammeImport.Stations stations = new ProgrammeImport.Stations(queries.allStations());
		LocalDate today = LocalDate.now(clock);
		Map<Long, Integer> firstOpenRowOf = new HashMap<>();
		List<LegalImportRow> checked = new ArrayList<>();
		for (Cells<LegalColumn> row : rows) {
			List<FieldProblem> problems = new ArrayList<>();
			ProgrammeStation station = stations.find(row.value(LegalColumn.STATION), row.value(LegalColumn.DISTRICT),
					LegalColumn.STATION.field(), problems);
			LegalAddOnDraft draft = draft(row, station, problems);
			if (station != null && draft != null) {
				problems.addAll(LegalAddOnRules.check(null, draft, station.type(), today));
				if (draft.status().isOpen()) {
					if (addOns.existsOtherOpen(draft.stationId(), null)) {
						problems.add(FieldProblem.of("stationId", "programme.legal.validation.one-open"));
					}
					Integer earlier = firstOpenRowOf.putIfAbsent(draft.stationId(), row.number());
					if (earlier != null) {
						problems.add(FieldProblem.of("stationId", "programme.legal.import.duplicate-row",
								String.valueOf(earlier)));
					}
				}
			}
			List<FieldProblem> all = ProgrammeImport.atColumns(row.cellProblems(), problems, LegalColumn.class,
					RULE_FIELDS);
			checked.add(new LegalImportRow(row.number(), row.values(), station, all.isEmpty() ? draft : null, all));
		}
		return new LegalImportPreview(fileName, checked, List.of());
	}

	/** The row as a draft, or null with the problems of the cells that cannot be read. */
	private @Nullable LegalAddOnDraft draft(Cells<LegalColumn> row, @Nullable ProgrammeStation station,
			List<FieldProblem> problems) {
		int before = problems.size();
		Integer year = ProgrammeImport.year(row.value(LegalColumn.YEAR), LegalColumn.YEAR.field(), problems);
		LegalStatus status = ProgrammeImport.word(row.value(LegalColumn.STATUS), statuses, LegalColumn.STATUS.field(),
				problems);
		LegalPartnerKind kind = ProgrammeImport.word(row.value(LegalColumn.PARTNER_KIND), partners,
				LegalColumn.PARTNER_KIND.field(), problems);
		Set<DayOfWeek> weekdays = ProgrammeImport.weekdays(row.value(LegalColumn.WEEKDAYS),
				LegalColumn.WEEKDAYS.field(), problems);
		LocalTime opens = ProgrammeImport.time(row.value(LegalColumn.OPENS), LegalColumn.OPENS.field(), problems);
		LocalTime closes = ProgrammeImport.time(row.value(LegalColumn.CLOSES), LegalColumn.CLOSES.field(), problems);
		LocalDate start = ProgrammeImport.date(row.value(LegalColumn.START_DATE), LegalColumn.START_DATE.field(),
				problems);
		if (start == null && row.value(LegalColumn.START_DATE).isEmpty()) {
			problems.add(FieldProblem.of(LegalColumn.START_DATE.field(), TableImport.REQUIRED));
		}
		LocalDate end = ProgrammeImport.date(row.value(LegalColumn.END_DATE), LegalColumn.END_DATE.field(), problems);
		ProgrammeImport.length(row.value(LegalColumn.LAWYER_PHONE), LegalColumn.LAWYER_PHONE.field(),
				ProgrammeLimits.PHONE_MAX, problems);
		if (station == null || year == null || status == null || kind == null || start == null
				|| problems.size() > before) {
			return null;
		}
		return new LegalAddOnDraft(station.id(), year, kind, row.value(LegalColumn.PARTNER_NAME),
				row.blankToNull(LegalColumn.LAWYER_NAME), row.blankToNull(LegalColumn.LAWYER_PHONE), weekdays, opens,
				closes, start, end, status);
	}

}
