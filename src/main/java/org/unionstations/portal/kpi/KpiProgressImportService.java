package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.table.TableImport;
import org.unionstations.portal.base.table.TableRejectedException;
import org.unionstations.portal.base.table.TableTemplate;
import org.unionstations.portal.base.table.TableVocabulary;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;

/**
 * Progress entries from the spreadsheets districts send in, all or nothing (decision
 * 0004, as every import): the preview reports every problem of every row at its column (a
 * KPI the chosen year does not have or the portal computes, a day that is not in the year
 * or still to come, a negative amount not marked as a correction, more than two decimals,
 * a district the city does not have), the commit checks again and writes every row or
 * none through {@link KpiProgressService#createAll}, each with an {@code IMPORT} entry in
 * the change log.
 */
@Service
@Transactional(readOnly = true)
public class KpiProgressImportService {

	private static final Set<String> YES = Set.of("是", "更正", "yes", "y", "true", "1", "√");

	private static final Set<String> NO = Set.of("否", "no", "n", "false", "0");

	private final KpiRepository kpis;

	private final KpiProgressService progress;

	private final DistrictService districts;

	private final MessageSource messages;

	private final Clock clock;

	private final TableVocabulary<ProgressColumn> columns;

	KpiProgressImportService(KpiRepository kpis, KpiProgressService progress, DistrictService districts,
			MessageSource messages, Clock clock) {
		this.kpis = kpis;
		this.progress = progress;
		this.districts = districts;
		this.messages = messages;
		this.clock = clock;
		this.columns = TableVocabulary.columns(messages, ProgressColumn.values());
	}

	/**
	 * Reads and checks a {@code .csv} or {@code .xlsx} file of entries for KPIs of
	 * {@code year}; writes nothing.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public ProgressImportPreview preview(int year, String fileName, byte[] content) {
		List<FieldProblem> fileProblems = new ArrayList<>();
		List<TableImport.Row<ProgressColumn>> rows = TableImport.read(fileName, content, ProgressColumn.class,
				columns::find, fileProblems);
		if (fileProblems.isEmpty() && !rows.isEmpty() && !rows.getFirst().values().containsKey(ProgressColumn.KPI_CODE)
				&& !rows.getFirst().values().containsKey(ProgressColumn.KPI_NAME)) {
			fileProblems.add(FieldProblem.of(ProgressColumn.KPI_CODE.field(), "kpi.import.kpi-column-missing"));
		}
		if (!fileProblems.isEmpty()) {
			return new ProgressImportPreview(fileName, year, List.of(), fileProblems);
		}
		return check(fileName, year, rows);
	}

	/**
	 * Records an entry for every row, after checking every row again; any problem and
	 * nothing is written.
	 * @return how many entries were recorded
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public int commit(ProgressImportPreview preview) {
		if (!preview.canCommit()) {
			throw new TableRejectedException(preview);
		}
		ProgressImportPreview fresh = check(preview.fileName(), preview.year(),
				preview.rows().stream().map(r -> new TableImport.Row<>(r.rowNumber(), r.values(), List.of())).toList());
		if (!fresh.canCommit()) {
			throw new TableRejectedException(fresh);
		}
		return progress.createAll(fresh.rows().stream().map(ProgressImportRow::draft).toList());
	}

	/**
	 * An Excel workbook to fill in: the headers alone on the first sheet, what each
	 * column takes and examples with the year's own reported KPIs on the second.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public byte[] template(int year, Locale locale) {
		boolean chinese = "zh".equals(locale.getLanguage());
		List<Kpi> reported = kpis.findByYearOrderByPositionAscIdAsc(year)
			.stream()
			.filter(k -> k.getSource() == KpiSource.REPORTED)
			.limit(2)
			.toList();
		List<DistrictRef> cities = districts.list();
		LocalDate today = LocalDate.now(clock);
		LocalDate day = today.getYear() == year ? today.withDayOfMonth(1) : LocalDate.of(year, 1, 31);
		List<List<String>> examples = new ArrayList<>();
		for (int i = 0; i < reported.size(); i++) {
			Kpi k = reported.get(i);
			String district = i == 0 && !cities.isEmpty() ? cities.getFirst().name(locale) : "";
			examples.add(List.of(k.getCode(), chinese ? k.getNameZh() : k.getNameEn(), day.toString(), district,
					i == 0 ? "120" : "-3", text(i == 0 ? "kpi.import.no" : "kpi.import.yes", locale),
					text(i == 0 ? "kpi.import.example-note" : "kpi.import.example-correction", locale)));
		}
		return TableTemplate.xlsx(text("kpi.import.data-sheet", locale), columns.labels(locale),
				text("import.template.guide-sheet", locale), List.of(text("import.template.guide-title", locale),
						text("import.template.guide-where", locale), text("kpi.import.help", locale)),
				examples);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private ProgressImportPreview check(String fileName, int year, List<TableImport.Row<ProgressColumn>> rows) {
		Catalogue catalogue = new Catalogue(kpis.findByYearOrderByPositionAscIdAsc(year));
		Map<String, DistrictRef> districtByText = new HashMap<>();
		for (DistrictRef d : districts.list()) {
			districtByText.put(d.code(), d);
			districtByText.putIfAbsent(TableVocabulary.normalise(d.nameZh()), d);
			districtByText.putIfAbsent(TableVocabulary.normalise(d.nameEn()), d);
		}
		List<ProgressImportRow> checked = new ArrayList<>();
		for (TableImport.Row<ProgressColumn> row : rows) {
			List<FieldProblem> problems = new ArrayList<>();
			Kpi kpi = catalogue.find(row, year, problems);
			LocalDate date = date(row, problems);
			BigDecimal amount = amount(row, problems);
			boolean correction = correction(row, problems);
			Long districtId = district(row, districtByText, problems);
			String note = blankToNull(row.value(ProgressColumn.NOTE));
			// the entry's own rules, for every value that could be read (a stand-in for
			// one that could not, whose problems are already known)
			ProgressDraft draft = new ProgressDraft(kpi == null ? 0 : kpi.getId(),
					date == null ? LocalDate.of(year, 1, 1) : date, amount == null ? BigDecimal.ZERO : amount,
					correction, districtId, note);
			progress.problems(year, draft)
				.stream()
				.filter(p -> !("date".equals(p.field()) && date == null)
						&& !("amount".equals(p.field()) && amount == null))
				.forEach(problems::add);
			List<FieldProblem> all = TableImport.withCellProblems(row.cellProblems(),
					TableImport.inColumnOrder(problems, ProgressColumn.class, ProgressColumn.NOTE));
			checked.add(new ProgressImportRow(row.number(), row.values(), all.isEmpty() ? draft : null, all));
		}
		return new ProgressImportPreview(fileName, year, checked, List.of());
	}

	private static @Nullable LocalDate date(TableImport.Row<ProgressColumn> row, List<FieldProblem> problems) {
		String text = row.value(ProgressColumn.DATE);
		if (text.isEmpty()) {
			problems.add(FieldProblem.of(ProgressColumn.DATE.field(), TableImport.REQUIRED));
			return null;
		}
		Optional<LocalDate> date = TableImport.date(text);
		if (date.isEmpty()) {
			problems.add(FieldProblem.of(ProgressColumn.DATE.field(), "programme.import.not-a-date", text));
		}
		return date.orElse(null);
	}

	private static @Nullable BigDecimal amount(TableImport.Row<ProgressColumn> row, List<FieldProblem> problems) {
		String text = row.value(ProgressColumn.AMOUNT);
		String number = text.replace(",", "").replace("，", "").replace(" ", "");
		if (number.isEmpty()) {
			problems.add(FieldProblem.of(ProgressColumn.AMOUNT.field(), TableImport.REQUIRED));
			return null;
		}
		if (!TableImport.isNumber(number)) {
			problems.add(FieldProblem.of(ProgressColumn.AMOUNT.field(), TableImport.NOT_A_NUMBER, text));
			return null;
		}
		return new BigDecimal(number);
	}

	private static boolean correction(TableImport.Row<ProgressColumn> row, List<FieldProblem> problems) {
		String text = TableVocabulary.normalise(row.value(ProgressColumn.CORRECTION));
		if (text.isEmpty() || NO.contains(text)) {
			return false;
		}
		if (YES.contains(text)) {
			return true;
		}
		problems.add(FieldProblem.of(ProgressColumn.CORRECTION.field(), "kpi.import.not-yes-no",
				row.value(ProgressColumn.CORRECTION)));
		return false;
	}

	private static @Nullable Long district(TableImport.Row<ProgressColumn> row, Map<String, DistrictRef> byText,
			List<FieldProblem> problems) {
		String text = row.value(ProgressColumn.DISTRICT);
		if (text.isEmpty()) {
			return null;
		}
		DistrictRef district = byText.get(TableVocabulary.normalise(text));
		if (district == null) {
			problems.add(FieldProblem.of(ProgressColumn.DISTRICT.field(), "kpi.import.unknown-district", text));
			return null;
		}
		return district.id();
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	/** A year's KPIs by code and by name (Chinese or English). */
	private static final class Catalogue {

		private final Map<String, Kpi> byCode = new HashMap<>();

		private final Map<String, Kpi> byName = new HashMap<>();

		Catalogue(List<Kpi> kpis) {
			for (Kpi k : kpis) {
				byCode.put(TableVocabulary.normalise(k.getCode()), k);
				byName.putIfAbsent(TableImport.sameNameKey(k.getNameZh()), k);
				byName.putIfAbsent(TableImport.sameNameKey(k.getNameEn()), k);
			}
		}

		/**
		 * The reported KPI a row names by code, else by name; null with the problem at
		 * the column that names it.
		 */
		@Nullable Kpi find(TableImport.Row<ProgressColumn> row, int year, List<FieldProblem> problems) {
			String code = row.value(ProgressColumn.KPI_CODE);
			String name = row.value(ProgressColumn.KPI_NAME);
			String field = code.isEmpty() && row.values().containsKey(ProgressColumn.KPI_NAME)
					? ProgressColumn.KPI_NAME.field() : ProgressColumn.KPI_CODE.field();
			if (code.isEmpty() && name.isEmpty()) {
				problems.add(FieldProblem.of(field, TableImport.REQUIRED));
				return null;
			}
			Kpi kpi = code.isEmpty() ? byName.get(TableImport.sameNameKey(name))
					: byCode.get(TableVocabulary.normalise(code));
			if (kpi == null) {
				problems.add(FieldProblem.of(field, "kpi.import.unknown-kpi", code.isEmpty() ? name : code, year));
				return null;
			}
			if (!code.isEmpty() && !name.isEmpty() && byName.get(TableImport.sameNameKey(name)) != kpi) {
				problems.add(FieldProblem.of(ProgressColumn.KPI_NAME.field(), "kpi.import.name-not-code", name, code));
				return null;
			}
			if (kpi.getSource().computed()) {
				problems.add(FieldProblem.of(field, "kpi.progress.validation.computed"));
				return null;
			}
			return kpi;
		}

	}

}
