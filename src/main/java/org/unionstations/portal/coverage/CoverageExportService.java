package org.unionstations.portal.coverage;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.table.CsvStream;
import org.unionstations.portal.base.table.TableExport;
import org.unionstations.portal.base.table.Xlsx;
import org.unionstations.portal.base.table.Xlsx.SheetData;
import org.unionstations.portal.base.table.XlsxStream;
import org.unionstations.portal.coverage.CoverageRunRepository.RunRow;

/**
 * Coverage results as one Excel workbook, headers and names in the reader's language:
 * district coverage, uncovered demand, uncovered area, and the siting suggestions when
 * there are any. Counts are numbers, shares are percentages (stored as fractions, shown
 * as 45.3%), coordinates WGS84 with 6 decimals. From a {@link CoverageRun} the workbook
 * and the uncovered list's CSV are written as streams (rows read from the database a
 * batch at a time, the workbook with SXSSF), so memory stays bounded whatever the number
 * of uncovered points.
 */
@Service
public class CoverageExportService {

	private static final String COUNT = "#,##0";

	private static final String PERCENT = "0.0%";

	private static final String AREA = "#,##0.0";

	private static final String COORDINATE = "0.000000";

	private static final String TEXT = "General";

	private static final List<String> UNCOVERED_HEADERS = List.of("demand.name", "demand.category", "demand.workers",
			"coverage.nearest", "station.district", "demand.column.LONGITUDE", "demand.column.LATITUDE");

	private static final List<String> UNCOVERED_FORMATS = List.of(TEXT, TEXT, COUNT, COUNT, TEXT, COORDINATE,
			COORDINATE);

	private final MessageSource messages;

	private final CoverageRunRepository runs;

	private final CoverageSpatialRepository spatial;

	CoverageExportService(MessageSource messages, CoverageRunRepository runs, CoverageSpatialRepository spatial) {
		this.messages = messages;
		this.runs = runs;
		this.spatial = spatial;
	}

	/**
	 * The run's uncovered list as CSV, every row in the list's order (most workers first)
	 * with the distance to the nearest counted station, written to {@code out} as the
	 * rows come from the database.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public void exportUncovered(CoverageRun run, Locale locale, OutputStream out) {
		RunRow row = require(run);
		CsvStream csv = new CsvStream(out, headers(locale, UNCOVERED_HEADERS.toArray(String[]::new)));
		spatial.useAnalysisSettings();
		runs.streamUncovered(row, Long.MAX_VALUE, p -> csv.row(uncoveredCells(p, locale)));
		csv.finish();
	}

	/**
	 * The workbook of {@link #xlsx(CoverageResults, Locale)} from a run, written as a
	 * stream: districts from the run's report, its uncovered list (at most what an Excel
	 * sheet holds; a last row then says how many were left out and points to the CSV),
	 * {@code area} and the siting suggestions when there are any.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public void xlsx(CoverageRun run, List<UncoveredArea> area, List<SitingSuggestion> suggestions,
			boolean candidatesUploaded, Locale locale, OutputStream out) {
		xlsx(run, area, suggestions, candidatesUploaded, locale, out, XlsxStream.MAX_ROWS);
	}

	/** As above with sheets of at most {@code maxSheetRows} rows (tests). */
	void xlsx(CoverageRun run, List<UncoveredArea> area, List<SitingSuggestion> suggestions, boolean candidatesUploaded,
			Locale locale, OutputStream out, int maxSheetRows) {
		RunRow row = require(run);
		try (XlsxStream workbook = new XlsxStream()) {
			append(workbook, districts(run.rows(), locale));
			XlsxStream.SheetWriter sheet = workbook.sheet(text("coverage.tab.uncovered", locale),
					headers(locale, UNCOVERED_HEADERS.toArray(String[]::new)), UNCOVERED_FORMATS);
			spatial.useAnalysisSettings();
			long total = runs.count(row);
			// the header, then the rows; when they do not all fit, one row fewer and the
			// note
			long listed = total <= maxSheetRows - 1 ? total : maxSheetRows - 2;
			runs.streamUncovered(row, listed,
					p -> sheet.row(TableExport.guarded(List.of(uncoveredCells(p, locale))).getFirst()));
			if (listed < total) {
				sheet.row(List.of(messages.getMessage("coverage.export.left-out",
						new Object[] { total - listed, maxSheetRows }, locale)));
			}
			append(workbook, area(area, locale));
			if (!suggestions.isEmpty()) {
				append(workbook, sites(suggestions, candidatesUploaded, locale));
			}
			workbook.write(out);
		}
	}

	private static void append(XlsxStream workbook, SheetData data) {
		XlsxStream.SheetWriter sheet = workbook.sheet(data.name(), data.header(), data.numberFormats());
		data.rows().forEach(sheet::row);
	}

	private RunRow require(CoverageRun run) {
		return runs.find(run.id()).orElseThrow(() -> new CoverageRunExpiredException(run.id()));
	}

	private List<@Nullable Object> uncoveredCells(UncoveredPoint p, Locale locale) {
		return cells(p.name(), text("demand.category." + p.category().name(), locale), p.workers(),
				p.nearestStationMetres() == null ? null : Math.round(p.nearestStationMetres()),
				chinese(locale) ? p.districtNameZh() : p.districtNameEn(), TableExport.coordinate(p.longitude()),
				TableExport.coordinate(p.latitude()));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public byte[] xlsx(CoverageResults results, Locale locale) {
		List<SheetData> sheets = new ArrayList<>();
		sheets.add(districts(results.rows(), locale));
		sheets.add(uncovered(results.uncovered(), locale));
		sheets.add(area(results.area(), locale));
		if (!results.suggestions().isEmpty()) {
			sheets.add(sites(results.suggestions(), results.candidatesUploaded(), locale));
		}
		return Xlsx.write(sheets);
	}

	private SheetData districts(List<CoverageRow> rows, Locale locale) {
		List<List<@Nullable Object>> cells = rows.stream()
			.map(r -> cells(r.isCityTotal() ? text("coverage.city", locale) : r.districtName(locale), r.points(),
					r.uncoveredPoints(), r.workers(), r.coveredWorkers(), r.uncoveredWorkers(),
					r.workerCoveragePercent() / 100))
			.toList();
		return new SheetData(text("coverage.tab.districts", locale),
				headers(locale, "station.district", "coverage.points", "coverage.uncovered-points", "coverage.workers",
						"coverage.covered-workers", "coverage.uncovered-workers", "coverage.worker-coverage"),
				List.of(TEXT, COUNT, COUNT, COUNT, COUNT, COUNT, PERCENT), TableExport.guarded(cells));
	}

	private SheetData uncovered(List<UncoveredPoint> points, Locale locale) {
		List<List<@Nullable Object>> cells = points.stream().map(p -> uncoveredCells(p, locale)).toList();
		return new SheetData(text("coverage.tab.uncovered", locale),
				headers(locale, UNCOVERED_HEADERS.toArray(String[]::new)), UNCOVERED_FORMATS,
				TableExport.guarded(cells));
	}

	private SheetData area(List<UncoveredArea> areas, Locale locale) {
		List<List<@Nullable Object>> cells = areas.stream()
			.map(a -> cells(chinese(locale) ? a.districtNameZh() : a.districtNameEn(), a.districtKm2(),
					a.uncoveredKm2(), a.uncoveredPercent() / 100))
			.toList();
		return new SheetData(
				text("coverage.tab.area", locale), headers(locale, "station.district", "coverage.area.district",
						"coverage.area.uncovered", "coverage.area.percent"),
				List.of(TEXT, AREA, AREA, PERCENT), TableExport.guarded(cells));
	}

	/** The candidate's name only when it was uploaded; hexagon labels mean nothing. */
	private SheetData sites(List<SitingSuggestion> suggestions, boolean named, Locale locale) {
		List<List<@Nullable Object>> cells = new ArrayList<>();
		for (SitingSuggestion s : suggestions) {
			List<@Nullable Object> row = new ArrayList<>(List.of(s.rank()));
			if (named) {
				row.add(s.label());
			}
			row.addAll(List.of(TableExport.coordinate(s.longitude()), TableExport.coordinate(s.latitude()),
					s.addedWorkers(), s.cityCoveragePercentAfter() / 100));
			cells.add(row);
		}
		List<String> keys = new ArrayList<>(List.of("coverage.siting.rank", "demand.column.LONGITUDE",
				"demand.column.LATITUDE", "coverage.siting.added", "coverage.siting.after"));
		List<String> formats = new ArrayList<>(List.of(COUNT, COORDINATE, COORDINATE, COUNT, PERCENT));
		if (named) {
			keys.add(1, "coverage.siting.candidate");
			formats.add(1, TEXT);
		}
		return new SheetData(text("coverage.tab.sites", locale), headers(locale, keys.toArray(String[]::new)), formats,
				TableExport.guarded(cells));
	}

	private static List<@Nullable Object> cells(@Nullable Object... values) {
		return Arrays.asList(values);
	}

	private List<String> headers(Locale locale, String... keys) {
		return Arrays.stream(keys).map(k -> text(k, locale)).toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static boolean chinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

}
