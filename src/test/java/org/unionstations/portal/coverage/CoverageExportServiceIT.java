package org.unionstations.portal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.station.StationType;

/**
 * The coverage workbook, opened with POI and compared with the results
 * {@link CoverageService} gives on the Xianning demo data.
 */
@PortalIT
@Transactional
@WithUserDetails("planner")
class CoverageExportServiceIT {

	private static final CoverageScope OPEN_POST = new CoverageScope(StationType.UNION_POST_STATION, false);

	@Autowired
	CoverageService coverage;

	@Autowired
	CoverageExportService exports;

	private CoverageResults analyse() {
		Cancellation go = coverage.newCancellation();
		return new CoverageResults(coverage.report(OPEN_POST, go), coverage.uncovered(OPEN_POST, go),
				coverage.uncoveredArea(OPEN_POST, go));
	}

	@Test
	void the_workbook_holds_the_district_table_the_uncovered_demand_and_the_uncovered_area() throws IOException {
		CoverageResults results = analyse();
		try (XSSFWorkbook workbook = open(exports.xlsx(results, Locale.SIMPLIFIED_CHINESE))) {
			assertThat(sheetNames(workbook)).containsExactly("区县覆盖", "未覆盖需求", "未覆盖面积");

			Sheet districts = workbook.getSheetAt(0);
			assertThat(texts(districts.getRow(0))).containsExactly("所属区县", "需求点", "未覆盖需求点", "职工", "已覆盖职工", "未覆盖职工",
					"职工覆盖率");
			assertThat(districts.getLastRowNum()).isEqualTo(results.rows().size());
			for (int i = 0; i < results.rows().size(); i++) {
				CoverageRow expected = results.rows().get(i);
				Row row = districts.getRow(i + 1);
				assertThat(row.getCell(0).getStringCellValue())
					.isEqualTo(expected.isCityTotal() ? "全市" : expected.districtNameZh());
				assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(expected.points());
				assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(expected.uncoveredPoints());
				assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(expected.workers());
				assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(expected.coveredWorkers());
				assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(expected.uncoveredWorkers());
				assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(expected.workerCoveragePercent() / 100,
						within(1e-12));
				assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			}
			assertThat(districts.getRow(results.rows().size()).getCell(0).getStringCellValue()).isEqualTo("全市");

			Sheet uncovered = workbook.getSheetAt(1);
			assertThat(texts(uncovered.getRow(0))).containsExactly("名称", "类别", "职工人数", "距最近站点（米）", "所属区县", "经度", "纬度");
			assertThat(uncovered.getLastRowNum()).isEqualTo(results.uncovered().size());
			UncoveredPoint first = results.uncovered().getFirst();
			Row firstRow = uncovered.getRow(1);
			assertThat(firstRow.getCell(0).getStringCellValue()).isEqualTo(first.name());
			assertThat(firstRow.getCell(1).getStringCellValue()).isEqualTo(switch (first.category()) {
				case ENTERPRISE -> "建会企业";
				case DELIVERY_HUB -> "快递外卖站点";
				case SANITATION_DEPOT -> "环卫作业站";
				case INDUSTRIAL_PARK -> "产业园区";
				case MARKET -> "市场";
				case COMMUNITY -> "社区";
			});
			assertThat(firstRow.getCell(2).getNumericCellValue()).isEqualTo(first.workers());
			assertThat(firstRow.getCell(3).getNumericCellValue())
				.isEqualTo((double) Math.round(first.nearestStationMetres()));
			assertThat(firstRow.getCell(4).getStringCellValue()).isEqualTo(first.districtNameZh());
			assertThat(firstRow.getCell(5).getNumericCellValue()).isCloseTo(first.longitude(), within(5e-7));
			assertThat(firstRow.getCell(6).getNumericCellValue()).isCloseTo(first.latitude(), within(5e-7));
			long uncoveredWorkers = 0;
			for (int r = 1; r <= uncovered.getLastRowNum(); r++) {
				uncoveredWorkers += (long) uncovered.getRow(r).getCell(2).getNumericCellValue();
			}
			assertThat(uncoveredWorkers).isEqualTo(results.rows().getLast().uncoveredWorkers());

			Sheet area = workbook.getSheetAt(2);
			assertThat(texts(area.getRow(0))).containsExactly("所属区县", "区县面积（平方公里）", "未覆盖面积（平方公里）", "未覆盖比例");
			assertThat(area.getLastRowNum()).isEqualTo(6);
			for (int i = 0; i < results.area().size(); i++) {
				UncoveredArea expected = results.area().get(i);
				Row row = area.getRow(i + 1);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.districtNameZh());
				assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(expected.districtKm2());
				assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(expected.uncoveredKm2());
				assertThat(row.getCell(3).getNumericCellValue()).isCloseTo(expected.uncoveredPercent() / 100,
						within(1e-12));
			}
		}
	}

	@Test
	void siting_suggestions_get_a_fourth_sheet_with_english_headers_for_english_readers() throws IOException {
		CoverageResults results = analyse();
		List<SitingSuggestion> sites = coverage.suggestSites(OPEN_POST, 3, 1000, List.of(), coverage.newCancellation(),
				Progress.NONE);
		assertThat(sites).hasSize(3);

		try (XSSFWorkbook workbook = open(exports.xlsx(results.withSuggestions(sites, false), Locale.ENGLISH))) {
			assertThat(sheetNames(workbook)).containsExactly("Districts", "Uncovered demand", "Uncovered area",
					"Siting suggestions");
			assertThat(workbook.getSheetAt(0).getRow(results.rows().size()).getCell(0).getStringCellValue())
				.isEqualTo("City");
			Sheet sheet = workbook.getSheetAt(3);
			assertThat(texts(sheet.getRow(0))).containsExactly("Rank", "Longitude", "Latitude", "Workers added",
					"City coverage after");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			for (int i = 0; i < sites.size(); i++) {
				SitingSuggestion expected = sites.get(i);
				Row row = sheet.getRow(i + 1);
				assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(expected.rank());
				assertThat(row.getCell(1).getNumericCellValue()).isCloseTo(expected.longitude(), within(5e-7));
				assertThat(row.getCell(2).getNumericCellValue()).isCloseTo(expected.latitude(), within(5e-7));
				assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(expected.addedWorkers());
				assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(expected.cityCoveragePercentAfter() / 100,
						within(1e-12));
			}
		}

		List<SitingSuggestion> named = List.of(new SitingSuggestion(1, "=HYPERLINK(\"x\")", 114.3, 29.8, 10, 1, 50));
		try (XSSFWorkbook workbook = open(exports.xlsx(results.withSuggestions(named, true), Locale.ENGLISH))) {
			Sheet sheet = workbook.getSheetAt(3);
			assertThat(texts(sheet.getRow(0))).containsExactly("Rank", "Candidate site", "Longitude", "Latitude",
					"Workers added", "City coverage after");
			// a candidate's name from a file is text, never a formula
			assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
		}
	}

	@Test
	void the_workbook_streamed_from_a_run_holds_the_same_cells() throws IOException {
		Cancellation go = coverage.newCancellation();
		CoverageRun run = coverage.run(OPEN_POST, go);
		List<UncoveredArea> area = coverage.uncoveredArea(run, go);
		List<SitingSuggestion> sites = coverage.suggestSites(run, 2, 1000, List.of(), go, Progress.NONE);
		CoverageResults results = new CoverageResults(run.rows(), coverage.uncovered(OPEN_POST, go), area)
			.withSuggestions(sites, false);
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
			exports.xlsx(run, area, sites, false, locale, streamed);
			try (XSSFWorkbook expected = open(exports.xlsx(results, locale));
					XSSFWorkbook actual = open(streamed.toByteArray())) {
				assertThat(sheetNames(actual)).isEqualTo(sheetNames(expected));
				for (int i = 0; i < expected.getNumberOfSheets(); i++) {
					assertThat(cells(actual.getSheetAt(i))).as(expected.getSheetAt(i).getSheetName())
						.isEqualTo(cells(expected.getSheetAt(i)));
				}
				assertThat(actual.getSheetAt(1).getRow(1).getCell(2).getCellStyle().getDataFormatString())
					.isEqualTo("#,##0");
			}
		}
	}

	@Test
	@WithUserDetails("operator")
	void operators_get_no_run_exports() {
		assertThatThrownBy(() -> exports.exportUncovered(
				new CoverageRun(java.util.UUID.randomUUID(), OPEN_POST, 1000, java.time.Instant.now(), List.of()),
				Locale.ENGLISH, new java.io.ByteArrayOutputStream()))
			.isInstanceOf(AccessDeniedException.class);
	}

	/** Every cell of a sheet as text or number, row by row. */
	private static List<List<Object>> cells(Sheet sheet) {
		List<List<Object>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<Object> values = new ArrayList<>();
			for (Cell cell : row) {
				values.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
						: cell.getStringCellValue());
			}
			rows.add(values);
		}
		return rows;
	}

	@Test
	@WithUserDetails("operator")
	void operators_get_no_workbook() {
		assertThatThrownBy(() -> exports.xlsx(new CoverageResults(List.of(), List.of(), List.of()), Locale.ENGLISH))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static XSSFWorkbook open(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : row) {
			texts.add(cell.getStringCellValue());
		}
		return texts;
	}

}
