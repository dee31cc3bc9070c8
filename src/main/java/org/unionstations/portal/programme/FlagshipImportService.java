package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
import org.unionstations.portal.security.CurrentUser;
import org.unionstations.portal.station.StationStatus;

/**
 * Flagship records from a spreadsheet, all or nothing: each row gives the status a record
 * reached (any workflow status) and its date; the record is stored with the steps that
 * lead there (nomination, assessment, decision, revocation), the earlier ones on the same
 * date, each decided by the importing user. The rules of single decisions apply: one
 * record per station and year unless rejected (database and file), reject and revoke need
 * a reason, no future dates, and an award needs an open station whose readiness reaches
 * the threshold now (the score is stored with the award step; a revoked record's award
 * step stores the score now too, without the threshold).
 */
@Service
@Transactional(readOnly = true)
public class FlagshipImportService {

	private static final Map<String, String> RULE_FIELDS = Map.of("stationId", FlagshipColumn.STATION.field(), "date",
			FlagshipColumn.STEP_DATE.field());

	private final FlagshipRepository flagships;

	private final ProgrammeQueries queries;

	private final ReadinessService readiness;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	private final TableVocabulary<FlagshipColumn> columns;

	private final TableVocabulary<FlagshipStatus> statuses;

	FlagshipImportService(FlagshipRepository flagships, ProgrammeQueries queries, ReadinessService readiness,
			CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.flagships = flagships;
		this.queries = queries;
		this.readiness = readiness;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.messages = messages;
		this.columns = TableVocabulary.columns(messages, FlagshipColumn.values());
		this.statuses = TableVocabulary.of(messages, FlagshipStatus.values(), s -> "programme.flagship.status." + s);
	}

	/** Reads and checks a {@code .csv} or {@code .xlsx} file; writes nothing. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public FlagshipImportPreview preview(String fileName, byte[] content, CoordinateSystem ignored) {
		List<FieldProblem> fileProblems = new ArrayList<>();
		List<TableImport.Row<FlagshipColumn>> rows = TableImport.read(fileName, content, FlagshipColumn.class,
				columns::find, fileProblems);
		if (!fileProblems.isEmpty()) {
			return new FlagshipImportPreview(fileName, List.of(), fileProblems);
		}
		return check(fileName, ProgrammeImport.cells(rows)).preview();
	}

	/**
	 * Creates a record for every row, after checking every row again (records and
	 * readiness as they are now); any problem and nothing is written.
	 * @return how many records were created
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public int commit(FlagshipImportPreview preview) {
		if (!preview.canCommit()) {
			throw new TableRejectedException(preview);
		}
		Checked fresh = check(preview.fileName(),
				preview.rows().stream().map(r -> new Cells<>(r.rowNumber(), r.values(), List.of())).toList());
		if (!fresh.preview().canCommit()) {
			throw new TableRejectedException(fresh.preview());
		}
		String user = currentUser.require().getUsername();
		List<Flagship> created = new ArrayList<>();
		for (FlagshipImportRow row : fresh.preview().rows()) {
			FlagshipImportDraft d = Objects.requireNonNull(row.draft());
			created.add(record(d, user, fresh.scores().get(d.stationId())));
		}
		flagships.saveAllAndFlush(created);
		Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
		created.forEach(f -> changes.put(f.getId(), FieldChange.between(Map.of(), f.snapshot())));
		audit.recordAll(FlagshipService.ENTITY_TYPE, ChangeAction.IMPORT, changes);
		created.stream()
			.map(Flagship::getYear)
			.distinct()
			.forEach(y -> events.publishEvent(new ProgrammeChanged(Programme.FLAGSHIP, y)));
		return created.size();
	}

	/**
	 * An Excel workbook to fill in: the headers alone on the first sheet, what each
	 * column takes and an example on the second.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public byte[] template(Locale locale) {
		List<String> example = List.of("温泉路环卫工会驿站", "咸安区", "2026",
				statuses.label(FlagshipStatus.UNDER_ASSESSMENT, locale), "2026-06-01", "", "");
		return TableTemplate.xlsx(text("programme.flagship.import.data-sheet", locale), columns.labels(locale),
				text("import.template.guide-sheet", locale), List.of(text("import.template.guide-title", locale),
						text("import.template.guide-where", locale), text("programme.flagship.import.help", locale)),
				List.of(example));
	}

	/**
	 * The steps that lead to the status: nomination, assessment, then the decision (and
	 * the revocation after an award), all on the row's date; the reason with the last.
	 */
	private static Flagship record(FlagshipImportDraft d, String user, @Nullable BigDecimal awardScore) {
		List<FlagshipStatus> path = switch (d.status()) {
			case NOMINATED -> List.of(FlagshipStatus.NOMINATED);
			case UNDER_ASSESSMENT -> List.of(FlagshipStatus.NOMINATED, FlagshipStatus.UNDER_ASSESSMENT);
			case AWARDED -> List.of(FlagshipStatus.NOMINATED, FlagshipStatus.UNDER_ASSESSMENT, FlagshipStatus.AWARDED);
			case REJECTED ->
				List.of(FlagshipStatus.NOMINATED, FlagshipStatus.UNDER_ASSESSMENT, FlagshipStatus.REJECTED);
			case REVOKED -> List.of(FlagshipStatus.NOMINATED, FlagshipStatus.UNDER_ASSESSMENT, FlagshipStatus.AWARDED,
					FlagshipStatus.REVOKED);
		};
		Flagship flagship = null;
		for (FlagshipStatus status : path) {
			boolean last = status == d.status();
			FlagshipStep step = new FlagshipStep(status, d.date(), user,
					last ? ProgrammeLimits.blankToNull(d.reason()) : null,
					status == FlagshipStatus.AWARDED ? awardScore : null);
			if (flagship == null) {
				flagship = new Flagship(d.stationId(), d.year(), step, d.note());
			}
			else {
				flagship.advance(step);
			}
		}
		return Objects.requireNonNull(flagship);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/**
	 * The preview, and the readiness score of each station an awarded or revoked row
	 * names.
	 */
	private record Checked(FlagshipImportPreview preview, Map<Long, BigDecimal> scores) {
	}

	private Checked check(String fileName, List<Cells<FlagshipColumn>> rows) {
		ProgrammeImport.Stations stations = new ProgrammeImport.Stations(queries.allStations());
		LocalDate today = LocalDate.now(clock);
		List<List<FieldProblem>> problemsOf = new ArrayList<>();
		List<@Nullable ProgrammeStation> stationOf = new ArrayList<>();
		List<@Nullable FlagshipImportDraft> drafts = new ArrayList<>();
		for (Cells<FlagshipColumn> row : rows) {
			List<FieldProblem> problems = new ArrayList<>();
			ProgrammeStation station = stations.find(row.value(FlagshipColumn.STATION),
					row.value(FlagshipColumn.DISTRICT), FlagshipColumn.STATION.field(), problems);
			problemsOf.add(problems);
			stationOf.add(station);
			drafts.add(draft(row, station, problems));
		}
		// readiness of every station to be awarded, in one go
		List<Long> awarded = drafts.stream()
			.filter(d -> d != null && passesAward(d.status()))
			.map(FlagshipImportDraft::stationId)
			.distinct()
			.toList();
		Map<Long, Readiness> ready = awarded.isEmpty() ? Map.of() : readiness.of(awarded);
		Map<Long, BigDecimal> scores = new HashMap<>();
		Map<String, Integer> firstRowOf = new HashMap<>();
		List<FlagshipImportRow> checked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Cells<FlagshipColumn> row = rows.get(i);
			List<FieldProblem> problems = problemsOf.get(i);
			ProgrammeStation station = stationOf.get(i);
			FlagshipImportDraft d = drafts.get(i);
			if (station != null && d != null) {
				rules(d, station, ready.get(d.stationId()), today, problems);
				if (d.status() != FlagshipStatus.REJECTED) {
					if (flagships.existsNotRejected(d.stationId(), d.year())) {
						problems.add(FieldProblem.of("stationId", "programme.flagship.validation.one-per-year"));
					}
					Integer earlier = firstRowOf.putIfAbsent(d.stationId() + "/" + d.year(), row.number());
					if (earlier != null) {
						problems.add(FieldProblem.of("stationId", "programme.import.duplicate-row",
								String.valueOf(earlier)));
					}
				}
				if (passesAward(d.status()) && ready.get(d.stationId()) != null) {
					scores.put(d.stationId(), ready.get(d.stationId()).score());
				}
			}
			List<FieldProblem> all = ProgrammeImport.atColumns(row.cellProblems(), problems, FlagshipColumn.class,
					RULE_FIELDS);
			checked.add(new FlagshipImportRow(row.number(), row.values(), station, all.isEmpty() ? d : null, all));
		}
		return new Checked(new FlagshipImportPreview(fileName, checked, List.of()), scores);
	}

	/**
	 * An awarded or revoked record has an award step, which stores a readiness score (the
	 * schema requires one): the score now, the only one there is; only an award must
	 * reach the threshold.
	 */
	private static boolean passesAward(FlagshipStatus status) {
		return status == FlagshipStatus.AWARDED || status == FlagshipStatus.REVOKED;
	}

	/** What a single decision checks, for the status the row reached. */
	private static void rules(FlagshipImportDraft d, ProgrammeStation station, @Nullable Readiness ready,
			LocalDate today, List<FieldProblem> problems) {
		ProgrammeChecks.year(problems, d.year());
		ProgrammeChecks.notFuture(problems, "date", d.date(), today);
		if (d.status().needsReason() && ProgrammeLimits.blankToNull(d.reason()) == null) {
			problems.add(FieldProblem.of("reason", "programme.validation.reason-required"));
		}
		ProgrammeChecks.text(problems, "reason", d.reason(), ProgrammeLimits.NOTE_MAX);
		ProgrammeChecks.text(problems, "note", d.note(), ProgrammeLimits.NOTE_MAX);
		if (d.status() == FlagshipStatus.AWARDED) {
			if (station.status() != StationStatus.OPEN) {
				problems.add(FieldProblem.of("status", "programme.flagship.validation.station-not-open"));
			}
			if (ready != null && !ready.ready()) {
				problems.add(FieldProblem.of("status", "programme.flagship.validation.not-ready", ready.score(),
						ready.threshold()));
			}
		}
	}

	/** The row as a draft, or null with the problems of the cells that cannot be read. */
	private @Nullable FlagshipImportDraft draft(Cells<FlagshipColumn> row, @Nullable ProgrammeStation station,
			List<FieldProblem> problems) {
		int before = problems.size();
		Integer year = ProgrammeImport.year(row.value(FlagshipColumn.YEAR), FlagshipColumn.YEAR.field(), problems);
		FlagshipStatus status = ProgrammeImport.word(row.value(FlagshipColumn.STATUS), statuses,
				FlagshipColumn.STATUS.field(), problems);
		LocalDate date = ProgrammeImport.date(row.value(FlagshipColumn.STEP_DATE), FlagshipColumn.STEP_DATE.field(),
				problems);
		if (date == null && row.value(FlagshipColumn.STEP_DATE).isEmpty()) {
			problems.add(FieldProblem.of(FlagshipColumn.STEP_DATE.field(), TableImport.REQUIRED));
		}
		if (station == null || year == null || status == null || date == null || problems.size() > before) {
			return null;
		}
		return new FlagshipImportDraft(station.id(), year, status, date, row.blankToNull(FlagshipColumn.REASON),
				row.blankToNull(FlagshipColumn.NOTE));
	}

}
