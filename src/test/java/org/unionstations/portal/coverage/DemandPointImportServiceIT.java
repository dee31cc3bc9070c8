package org.unionstations.portal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.audit.AuditLog;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.audit.Revision;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.NameOrder;
import org.unionstations.portal.base.geo.CoordinateConverter;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.geo.LonLat;
import org.unionstations.portal.base.table.Csv;
import org.unionstations.portal.base.table.TestWorkbooks;

/**
 * Demand point imports against the real PostGIS test database with the Xianning demo data
 * (2,043 demand points). Every test rolls back.
 */
@PortalIT
@Transactional
@WithUserDetails("planner")
class DemandPointImportServiceIT {

	private static final String HEADER = "名称,类别,职工人数,经度,纬度\n";

	private static final long DEMO_POINTS = 2043;

	private static final PageRequest BY_NAME = PageRequest.of(0, 100, Sort.by("name"));

	@Autowired
	DemandPointImportService imports;

	@Autowired
	DemandPointService demand;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_nul_in_a_cell_is_a_problem_of_that_cell_and_nothing_is_written() {
		String csv = HEADER + "导入测试\u0000快递站,快递外卖站点,120,114.3300,29.8600\n"
				+ "导入测试赤壁工业园,INDUSTRIAL_PARK,3000,113.90,29.72\n";

		DemandImportPreview preview = imports.preview("demand.csv", utf8(csv), CoordinateSystem.WGS84);

		assertThat(preview.fileProblems()).isEmpty();
		assertThat(preview.rows().get(0).problems())
			.containsExactly(FieldProblem.of("name", "validation.control-character", "U+0000"));
		assertThat(preview.rows().get(1).problems()).isEmpty();
		assertThatThrownBy(() -> imports.commit(preview)).isInstanceOf(DemandImportRejectedException.class);
		assertThat(demand.count(DemandFilter.ALL)).isEqualTo(DEMO_POINTS);
	}

	@Test
	void a_formula_without_a_computed_value_is_a_problem_of_its_cell_not_zero_workers() {
		byte[] xlsx = TestWorkbooks.oneRow(List.of("名称", "类别", "职工人数", "经度", "纬度"),
				List.of("导入测试公式站", "快递外卖站点", "=10*12", "=114.33", "=29.86"));

		DemandImportPreview preview = imports.preview("demand.xlsx", xlsx, CoordinateSystem.WGS84);

		assertThat(preview.rows().get(0).problems()).containsExactly(
				FieldProblem.of("workers", "import.problem.formula-without-value"),
				FieldProblem.of("longitude", "import.problem.formula-without-value"),
				FieldProblem.of("latitude", "import.problem.formula-without-value"));
		assertThat(preview.rows().get(0).workers()).isNull();
		assertThat(preview.canCommit()).isFalse();
	}

	@Test
	void a_good_csv_creates_every_point_with_its_district_and_an_import_revision() {
		String csv = HEADER + "导入测试咸安快递站,快递外卖站点,120,114.3300,29.8600\n"
				+ "导入测试赤壁工业园,INDUSTRIAL_PARK,3000,113.90,29.72\n" + "导入测试通山市场, market ,45.0,114.48,29.60\n";

		DemandImportPreview preview = imports.preview("demand.csv", utf8(csv), CoordinateSystem.WGS84);

		assertThat(preview.allProblems()).isEmpty();
		assertThat(preview.canCommit()).isTrue();
		assertThat(preview.rows())
			.extracting(DemandImportRow::rowNumber, r -> r.district().code(), DemandImportRow::category,
					DemandImportRow::workers)
			.containsExactly(tuple(2, "421202", DemandCategory.DELIVERY_HUB, 120),
					tuple(3, "421281", DemandCategory.INDUSTRIAL_PARK, 3000),
					tuple(4, "421224", DemandCategory.MARKET, 45));
		assertThat(demand.count(DemandFilter.ALL)).isEqualTo(DEMO_POINTS);

		assertThat(imports.commit(preview)).isEqualTo(3);

		assertThat(demand.count(DemandFilter.ALL)).isEqualTo(DEMO_POINTS + 3);
		List<DemandPointRow> created = demand.list(DemandFilter.ALL.withText("导入测试"), BY_NAME);
		assertThat(created)
			.extracting(DemandPointRow::name, DemandPointRow::category, DemandPointRow::workers,
					DemandPointRow::districtNameZh)
			.containsExactlyInAnyOrder(tuple("导入测试咸安快递站", DemandCategory.DELIVERY_HUB, 120, "咸安区"),
					tuple("导入测试赤壁工业园", DemandCategory.INDUSTRIAL_PARK, 3000, "赤壁市"),
					tuple("导入测试通山市场", DemandCategory.MARKET, 45, "通山县"));

		DemandPointRow hub = created.stream().filter(r -> r.name().equals("导入测试咸安快递站")).findFirst().orElseThrow();
		assertThat(hub.longitude()).isEqualTo(114.33);
		List<Revision> history = audit.history(DemandPointSnapshot.ENTITY_TYPE, hub.id());
		assertThat(history).hasSize(1);
		Revision revision = history.getFirst();
		assertThat(revision.action()).isEqualTo(ChangeAction.IMPORT);
		assertThat(revision.changedBy()).isEqualTo("planner");
		Map<String, String> fields = revision.changes()
			.stream()
			.collect(Collectors.toMap(FieldChange::field, FieldChange::newValue));
		assertThat(fields).containsEntry("name", "导入测试咸安快递站")
			.containsEntry("category", "DELIVERY_HUB")
			.containsEntry("workers", "120")
			.containsEntry("location", "114.330000, 29.860000")
			.containsEntry("district", "421202");
		assertThat(created)
			.allSatisfy(r -> assertThat(audit.history(DemandPointSnapshot.ENTITY_TYPE, r.id())).hasSize(1));
	}

	@Test
	void an_xlsx_with_english_headers_in_another_order_and_a_gb18030_csv_work_too() {
		byte[] xlsx = TestWorkbooks.oneRow(List.of("Latitude", " LONGITUDE ", "Workers", "name", "Category"),
				List.of(29.6, 114.48, 80.0, "Import test Tongshan sanitation", "Sanitation depot"));

		DemandImportPreview preview = imports.preview("DEMAND.XLSX", xlsx, CoordinateSystem.WGS84);

		assertThat(preview.allProblems()).isEmpty();
		assertThat(preview.rows().getFirst().workers()).isEqualTo(80);
		assertThat(preview.rows().getFirst().category()).isEqualTo(DemandCategory.SANITATION_DEPOT);

		byte[] gb18030 = (HEADER + "国标编码测试社区,社区,300,114.33,29.86\n").getBytes(Charset.forName("GB18030"));
		DemandImportPreview chinese = imports.preview("excel.csv", gb18030, CoordinateSystem.WGS84);
		assertThat(chinese.allProblems()).isEmpty();
		assertThat(chinese.rows().getFirst().name()).isEqualTo("国标编码测试社区");
	}

	@Test
	void every_bad_row_is_reported_with_its_field_and_nothing_is_written() {
		String tooLong = "长".repeat(DemandPoint.NAME_MAX + 1);
		String csv = HEADER // row 1
				+ ",社区,10,114.33,29.86\n" // 2: no name
				+ "类别不明,工厂,10,114.33,29.86\n" // 3: unknown category
				+ "人数带小数,社区,12.5,114.33,29.86\n" // 4: workers not whole
				+ "人数不是数字,社区,很多,114.33,29.86\n" // 5: workers not a number
				+ "人数为负,社区,-1,114.33,29.86\n" // 6: workers below 0
				+ "人数太多,社区,1000001,114.33,29.86\n" // 7: workers above 1,000,000
				+ "坐标不是数字,社区,10,abc,\"29,86\"\n" // 8: coordinates not numbers
				+ "北京需求点,社区,10,116.40,39.90\n" // 9: outside the city
				+ " 咸宁高新区 光谷南科技城 ,产业园区,100,114.345,29.90509\n" // 10: demo point 10 m away
				+ "文件内重复,社区,10,114.3400,29.8700\n" // 11: fine on its own
				+ "文件内重复,COMMUNITY,20,114.34005,29.87003\n" // 12: row 11, 6 m away
				+ tooLong + ",社区,10,114.35,29.88\n" // 13: name too long
				+ "什么都缺,,,,\n" // 14: category, workers, coordinates missing
				+ "\n" // 15: blank, skipped
				+ "没有问题,社区,10,114.40,29.93\n"; // 16: fine

		DemandImportPreview preview = imports.preview("bad.csv", utf8(csv), CoordinateSystem.WGS84);

		assertThat(preview.fileProblems()).isEmpty();
		assertThat(preview.rowCount()).isEqualTo(14);
		assertThat(preview.rowsWithProblems()).isEqualTo(12);
		assertThat(problems(preview, 2)).containsExactly(problem("name", "validation.required"));
		assertThat(problems(preview, 3)).containsExactly(problem("category", "import.problem.unknown-category", "工厂"));
		assertThat(problems(preview, 4))
			.containsExactly(problem("workers", "import.problem.not-a-whole-number", "12.5"));
		assertThat(problems(preview, 5)).containsExactly(problem("workers", "import.problem.not-a-whole-number", "很多"));
		assertThat(problems(preview, 6))
			.containsExactly(problem("workers", "demand.validation.workers-range", 0, 1_000_000));
		assertThat(problems(preview, 7))
			.containsExactly(problem("workers", "demand.validation.workers-range", 0, 1_000_000));
		assertThat(problems(preview, 8)).containsExactly(problem("longitude", "import.problem.not-a-number", "abc"),
				problem("latitude", "import.problem.not-a-number", "29,86"));
		assertThat(problems(preview, 9)).containsExactly(problem("location", "station.validation.outside-city"));
		assertThat(problems(preview, 10))
			.containsExactly(problem("name", "import.problem.duplicate-demand-point", "咸宁高新区光谷南科技城"));
		assertThat(problems(preview, 11)).isEmpty();
		assertThat(problems(preview, 12)).containsExactly(problem("name", "import.problem.duplicate-row", "11"));
		assertThat(problems(preview, 13)).containsExactly(problem("name", "validation.too-long", DemandPoint.NAME_MAX));
		assertThat(problems(preview, 14)).containsExactly(problem("category", "validation.required"),
				problem("workers", "validation.required"), problem("longitude", "validation.required"),
				problem("latitude", "validation.required"));
		assertThat(problems(preview, 16)).isEmpty();

		assertThatThrownBy(() -> imports.commit(preview)).isInstanceOf(InvalidInputException.class);
		assertThat(demand.count(DemandFilter.ALL)).isEqualTo(DEMO_POINTS);
	}

	@Test
	void a_duplicate_added_after_the_preview_stops_the_whole_commit() {
		String csv = HEADER + "后来重复的需求点,社区,10,114.3500,29.8800\n" + "另一个需求点,社区,10,114.3600,29.8900\n";
		DemandImportPreview preview = imports.preview("late.csv", utf8(csv), CoordinateSystem.WGS84);
		assertThat(preview.canCommit()).isTrue();
		jdbc.sql("""
				INSERT INTO demand_point (category, name, workers, location)
				VALUES ('COMMUNITY', '后来重复的 需求点', 5, ST_SetSRID(ST_MakePoint(114.35001, 29.88001), 4326))
				""").update();

		assertThatThrownBy(() -> imports.commit(preview)).isInstanceOfSatisfying(DemandImportRejectedException.class,
				e -> {
					assertThat(e.problems())
						.containsExactly(problem("name", "import.problem.duplicate-demand-point", "后来重复的 需求点"));
					assertThat(e.preview().rows()).extracting(DemandImportRow::hasProblems)
						.containsExactly(true, false);
				});
		assertThat(demand.count(DemandFilter.ALL)).isEqualTo(DEMO_POINTS + 1);
	}

	@Test
	void demand_points_sorted_by_name_are_in_pinyin_order() {
		List<String> names = demand.list(DemandFilter.ALL, PageRequest.of(0, 5000, Sort.by("name")))
			.stream()
			.map(DemandPointRow::name)
			.toList();

		// the database and the in-memory order agree on every demo point
		assertThat(names).hasSize((int) DEMO_POINTS).isSortedAccordingTo(NameOrder.names());
	}

	@Test
	void a_point_exactly_on_a_shared_district_border_is_imported() {
		String csv = HEADER + "边界需求点甲,社区,10,113.737479,29.471404\n" + "边界需求点乙,社区,20,114.243679,29.663709\n";

		DemandImportPreview preview = imports.preview("border.csv", utf8(csv), CoordinateSystem.WGS84);

		assertThat(preview.allProblems()).isEmpty();
		assertThat(preview.rows()).extracting(r -> r.district().nameZh()).containsExactly("崇阳县", "咸安区");
		imports.commit(preview);
		assertThat(demand.count(DemandFilter.ALL)).isEqualTo(DEMO_POINTS + 2);
	}

	@Test
	void gcj02_coordinates_are_stored_as_wgs84() {
		LonLat gcj = new LonLat(114.3300, 29.8600);
		String csv = HEADER + "火星坐标需求点,社区,10,114.3300,29.8600\n";

		DemandImportPreview preview = imports.preview("amap.csv", utf8(csv), CoordinateSystem.GCJ02);
		imports.commit(preview);

		LonLat expected = CoordinateConverter.gcj02ToWgs84(gcj);
		DemandPointRow row = demand.list(DemandFilter.ALL.withText("火星坐标需求点"), BY_NAME).getFirst();
		assertThat(row.longitude()).isCloseTo(expected.longitude(), within(1e-9));
		assertThat(row.latitude()).isCloseTo(expected.latitude(), within(1e-9));
		// the shift is hundreds of metres here, so WGS84 and GCJ-02 really differ
		assertThat(Math.abs(row.longitude() - gcj.longitude())).isGreaterThan(0.003);
		assertThat(preview.rows().getFirst().longitude()).isCloseTo(expected.longitude(), within(1e-9));
	}

	@Test
	void files_that_cannot_be_imported_say_why() {
		assertThat(imports.preview("demand.txt", utf8(HEADER), CoordinateSystem.WGS84).fileProblems())
			.containsExactly(problem("file", "import.file.type"));
		assertThat(imports.preview("demand.csv", utf8(HEADER), CoordinateSystem.WGS84).fileProblems())
			.containsExactly(problem("file", "import.file.no-rows"));
		assertThat(imports.preview("d.csv", utf8("名称,人数,name\nA,1,B\n"), CoordinateSystem.WGS84).fileProblems())
			.containsExactly(problem("name", "import.file.repeated-column"),
					problem("category", "import.file.missing-column"),
					problem("longitude", "import.file.missing-column"),
					problem("latitude", "import.file.missing-column"));
	}

	@Test
	void the_template_s_example_stays_out_of_the_data_and_imports_cleanly_when_copied_in_both_languages() {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			byte[] template = imports.template(locale);
			List<List<String>> data = TestWorkbooks.sheet(template, 0);
			assertThat(data).containsExactly(
					locale == Locale.ENGLISH ? List.of("Name", "Category", "Workers", "Longitude", "Latitude")
							: List.of("名称", "类别", "职工人数", "经度", "纬度"));
			assertThat(imports.preview("template.xlsx", template, CoordinateSystem.WGS84).fileProblems())
				.containsExactly(FieldProblem.of("file", "import.file.no-rows"));

			List<List<String>> guide = TestWorkbooks.sheet(template, 1);
			List<String> example = guide.get(guide.indexOf(data.get(0)) + 1);
			assertThat(example.get(0)).startsWith(locale == Locale.ENGLISH ? "Example:" : "示例：");
			assertThat(imports.preview("filled.csv", Csv.write(List.of(data.get(0), example)), CoordinateSystem.WGS84)
				.canCommit()).isTrue();
		}
	}

	@Test
	@WithUserDetails("operator")
	void operators_may_not_import() {
		assertThatThrownBy(() -> imports.preview("demand.csv", utf8(HEADER), CoordinateSystem.WGS84))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> imports.template(Locale.SIMPLIFIED_CHINESE)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("leader")
	void leaders_may_not_import_either() {
		assertThatThrownBy(
				() -> imports.commit(new DemandImportPreview("x.csv", CoordinateSystem.WGS84, List.of(), List.of())))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static List<FieldProblem> problems(DemandImportPreview preview, int rowNumber) {
		return preview.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElseThrow().problems();
	}

	private static FieldProblem problem(String field, String key, Object... args) {
		return FieldProblem.of(field, key, args);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
