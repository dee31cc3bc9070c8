package org.unionstations.portal.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

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
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.audit.Revision;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.geo.CoordinateConverter;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.geo.LonLat;
import org.unionstations.portal.base.table.Csv;
import org.unionstations.portal.base.table.TestWorkbooks;

/**
 * Imports against the real PostGIS test database with the Xianning demo data. Every test
 * rolls back, so the registry keeps its 82 demo stations for the other tests.
 */
@PortalIT
@Transactional
@WithUserDetails("planner")
class StationImportServiceIT {

	private static final String HEADER = "名称,类型,地址,经度,纬度,状态,依托单位,联系人,联系电话,开放时间,服务项目\n";

	private static final PageRequest ALL = PageRequest.of(0, 500, Sort.by("name"));

	@Autowired
	StationImportService imports;

	@Autowired
	StationService stations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_good_csv_creates_every_station_with_its_district_and_an_import_revision() {
		String csv = HEADER + "导入测试咸安驿站,工会驿站,咸安区测试路1号,114.3300,29.8600,开放,咸安区总工会,李雷,13800000001,24/7,热水、WIFI\n"
				+ "导入测试赤壁母婴室,Mother-baby room,\"赤壁市测试路2号, 3楼\",113.90,29.72,,,,,,\"Nursing chair; SINK\"\n";

		ImportPreview preview = imports.preview("stations.csv", utf8(csv), CoordinateSystem.WGS84);

		assertThat(preview.fileProblems()).isEmpty();
		assertThat(preview.rowCount()).isEqualTo(2);
		assertThat(preview.rowsWithProblems()).isZero();
		assertThat(preview.canCommit()).isTrue();
		assertThat(preview.rows()).extracting(ImportRow::rowNumber, r -> r.district().nameZh(), ImportRow::type)
			.containsExactly(tuple(2, "咸安区", StationType.UNION_POST_STATION),
					tuple(3, "赤壁市", StationType.MOTHER_BABY_ROOM));
		assertThat(stations.count(StationFilter.ALL)).isEqualTo(82);

		assertThat(imports.commit(preview).created()).isEqualTo(2);

		assertThat(stations.count(StationFilter.ALL)).isEqualTo(84);
		// by name in pinyin order: chi before xian
		List<StationRow> created = stations.list(StationFilter.ALL.withText("导入测试"), ALL);
		assertThat(created).extracting(StationRow::name, StationRow::districtNameZh, StationRow::status)
			.containsExactly(tuple("导入测试赤壁母婴室", "赤壁市", StationStatus.PLANNED),
					tuple("导入测试咸安驿站", "咸安区", StationStatus.OPEN));

		StationDetails post = stations.get(created.get(1).id());
		assertThat(post.services()).containsExactlyInAnyOrder(Amenity.HOT_WATER, Amenity.WIFI);
		assertThat(post.openingHours()).isEqualTo(OpeningHours.ALWAYS);
		assertThat(post.contactPhone()).isEqualTo("13800000001");
		assertThat(post.createdBy()).isEqualTo("planner");
		StationDetails room = stations.get(created.get(0).id());
		assertThat(room.address()).isEqualTo("赤壁市测试路2号, 3楼");
		assertThat(room.services()).containsExactlyInAnyOrder(Amenity.NURSING_CHAIR, Amenity.SINK);

		List<Revision> history = stations.history(post.id());
		assertThat(history).hasSize(1);
		Revision revision = history.get(0);
		assertThat(revision.action()).isEqualTo(ChangeAction.IMPORT);
		assertThat(revision.changedBy()).isEqualTo("planner");
		Map<String, String> fields = revision.changes()
			.stream()
			.collect(Collectors.toMap(FieldChange::field, FieldChange::newValue));
		assertThat(fields).containsEntry("name", "导入测试咸安驿站")
			.containsEntry("type", "UNION_POST_STATION")
			.containsEntry("district", "421202")
			.containsEntry("location", "114.330000, 29.860000")
			.containsEntry("services", "HOT_WATER,WIFI");
	}

	@Test
	void an_xlsx_with_english_headers_in_another_order_works_too() {
		byte[] xlsx = TestWorkbooks
			.oneRow(List.of("LATITUDE", " Longitude ", "name", "Type", "contact phone", "Status"), List.of(29.6, 114.48,
					"Import test Tongshan heart station", "心灵驿站", 13800000002.0, "Under construction"));

		ImportPreview preview = imports.preview("STATIONS.XLSX", xlsx, CoordinateSystem.WGS84);

		assertThat(preview.allProblems()).isEmpty();
		ImportRow row = preview.rows().get(0);
		assertThat(row.rowNumber()).isEqualTo(2);
		assertThat(row.district().code()).isEqualTo("421224");
		assertThat(row.value(StationColumn.CONTACT_PHONE)).isEqualTo("13800000002");
		assertThat(imports.commit(preview).created()).isEqualTo(1);
		StationRow created = stations.list(StationFilter.ALL.withText("Import test Tongshan"), ALL).get(0);
		assertThat(created.type()).isEqualTo(StationType.HEART_STATION);
		assertThat(created.status()).isEqualTo(StationStatus.UNDER_CONSTRUCTION);
		assertThat(created.longitude()).isEqualTo(114.48);
		assertThat(created.districtNameEn()).isEqualTo("Tongshan County");
	}

	@Test
	void every_bad_row_is_reported_with_its_field_and_nothing_is_written() {
		String tooLong = "长".repeat(Station.NAME_MAX + 1);
		String csv = HEADER // row 1
				+ ",工会驿站,,114.33,29.86,,,,,,\n" // 2: no name
				+ "类型不明驿站,驿站X,,114.33,29.86,,,,,,\n" // 3: unknown type
				+ "坐标不是数字驿站,工会驿站,,abc,\"29,86\",,,,,,\n" // 4: coordinates not numbers
				+ "北京驿站,工会驿站,,116.40,39.90,,,,,,\n" // 5: outside the city
				+ " 温泉路 环卫工会驿站 ,工会驿站,,114.3221,29.8521,,,,,,\n" // 6: demo station 15 m
																// away
				+ "文件内重复驿站,工会驿站,,114.3400,29.8700,,,,,,\n" // 7: fine on its own
				+ "文件内重复驿站,UNION_POST_STATION,,114.34005,29.87003,,,,,,\n" // 8: row 7, 6
																			// m away
				+ "状态不明驿站,工会驿站,,114.35,29.88,营业中,,,,,\n" // 9: unknown status
				+ "服务不对驿站,工会驿站,,114.36,29.89,,,,,,热水、按摩椅、哺乳椅\n" // 10: services
				+ "时间不对驿站,工会驿站,,114.37,29.90,,,,,周一至周八 8:00-18:00,\n" // 11: opening hours
				+ tooLong + ",工会驿站,,114.38,29.91,,,,,,\n" // 12: name too long
				+ "电话不对驿站,工会驿站,,114.39,29.92,,,,call me,,\n" // 13: phone
				+ "\n" // 14: blank, skipped
				+ "没有问题驿站,工会驿站,,114.40,29.93,,,,,,\n"; // 15: fine

		ImportPreview preview = imports.preview("bad.csv", utf8(csv), CoordinateSystem.WGS84);

		assertThat(preview.rowCount()).isEqualTo(13);
		assertThat(preview.rowsWithProblems()).isEqualTo(11);
		assertThat(preview.canCommit()).isFalse();
		assertThat(problems(preview, 2)).containsExactly(problem("name", "validation.required"));
		assertThat(problems(preview, 3)).containsExactly(problem("type", "import.problem.unknown-type", "驿站X"));
		assertThat(problems(preview, 4)).containsExactly(problem("longitude", "import.problem.not-a-number", "abc"),
				problem("latitude", "import.problem.not-a-number", "29,86"));
		assertThat(problems(preview, 5)).containsExactly(problem("location", "station.validation.outside-city"));
		assertThat(problems(preview, 6))
			.containsExactly(problem("name", "import.problem.duplicate-station", "温泉路环卫工会驿站"));
		assertThat(problems(preview, 7)).isEmpty();
		assertThat(problems(preview, 8)).containsExactly(problem("name", "import.problem.duplicate-row", "7"));
		assertThat(problems(preview, 9)).containsExactly(problem("status", "import.problem.unknown-status", "营业中"));
		assertThat(problems(preview, 10)).containsExactly(problem("services", "import.problem.unknown-service", "按摩椅"),
				problem("services", "station.validation.service-not-for-type", "NURSING_CHAIR"));
		assertThat(problems(preview, 11))
			.containsExactly(problem("openingHours", "station.hours.invalid.day", "周一至周八"));
		assertThat(problems(preview, 12)).containsExactly(problem("name", "validation.too-long", Station.NAME_MAX));
		assertThat(problems(preview, 13)).containsExactly(problem("contactPhone", "station.validation.phone"));
		assertThat(problems(preview, 15)).isEmpty();

		assertThatThrownBy(() -> imports.commit(preview)).isInstanceOf(InvalidInputException.class);
		assertThat(stations.count(StationFilter.ALL)).isEqualTo(82);
	}

	@Test
	void a_duplicate_registered_after_the_preview_stops_the_whole_commit() {
		String csv = HEADER + "后来重复驿站,工会驿站,,114.3500,29.8800,,,,,,\n" + "另一驿站,工会驿站,,114.3600,29.8900,,,,,,\n";
		ImportPreview preview = imports.preview("late.csv", utf8(csv), CoordinateSystem.WGS84);
		assertThat(preview.canCommit()).isTrue();
		jdbc.sql(
				"""
						INSERT INTO station (type, name, address, location, status)
						VALUES ('UNION_POST_STATION', '后来 重复驿站', '', ST_SetSRID(ST_MakePoint(114.35001, 29.88001), 4326), 'OPEN')
						""")
			.update();

		assertThatThrownBy(() -> imports.commit(preview)).isInstanceOfSatisfying(ImportRejectedException.class, e -> {
			assertThat(e.problems()).containsExactly(problem("name", "import.problem.duplicate-station", "后来 重复驿站"));
			assertThat(e.preview().rows()).extracting(ImportRow::hasProblems).containsExactly(true, false);
		});
		assertThat(stations.count(StationFilter.ALL)).isEqualTo(83);
	}

	@Test
	void a_station_exactly_on_a_shared_district_border_is_imported() {
		String csv = HEADER + "边界驿站甲,工会驿站,,113.737479,29.471404,,,,,,\n" + "边界驿站乙,工会驿站,,114.243679,29.663709,,,,,,\n";

		ImportPreview preview = imports.preview("border.csv", utf8(csv), CoordinateSystem.WGS84);

		assertThat(preview.allProblems()).isEmpty();
		assertThat(preview.rows()).extracting(r -> r.district().nameZh()).containsExactly("崇阳县", "咸安区");
		imports.commit(preview);
		assertThat(stations.list(StationFilter.ALL.withText("边界驿站"), ALL)).extracting(StationRow::name)
			.containsExactlyInAnyOrder("边界驿站甲", "边界驿站乙");
	}

	@Test
	void gcj02_coordinates_are_stored_as_wgs84() {
		LonLat gcj = new LonLat(114.3300, 29.8600);
		String csv = HEADER + "火星坐标驿站,工会驿站,,114.3300,29.8600,,,,,,\n";

		ImportPreview preview = imports.preview("amap.csv", utf8(csv), CoordinateSystem.GCJ02);
		imports.commit(preview);

		LonLat expected = CoordinateConverter.gcj02ToWgs84(gcj);
		StationRow row = stations.list(StationFilter.ALL.withText("火星坐标驿站"), ALL).get(0);
		assertThat(row.longitude()).isCloseTo(expected.longitude(), within(1e-9));
		assertThat(row.latitude()).isCloseTo(expected.latitude(), within(1e-9));
		// the shift is hundreds of metres here, so WGS84 and GCJ-02 really differ
		assertThat(Math.abs(row.longitude() - gcj.longitude())).isGreaterThan(0.003);
		assertThat(preview.rows().get(0).longitude()).isCloseTo(expected.longitude(), within(1e-9));
	}

	@Test
	void files_that_cannot_be_imported_say_why() {
		assertThat(imports.preview("stations.txt", utf8(HEADER), CoordinateSystem.WGS84).fileProblems())
			.containsExactly(problem("file", "import.file.type"));
		assertThat(imports.preview("stations.csv", new byte[0], CoordinateSystem.WGS84).fileProblems())
			.containsExactly(problem("file", "import.file.empty"));
		assertThat(imports
			.preview("stations.csv", new byte[StationImportService.MAX_FILE_BYTES + 1], CoordinateSystem.WGS84)
			.fileProblems()).containsExactly(problem("file", "import.file.too-big"));
		assertThat(imports.preview("stations.csv", utf8(HEADER), CoordinateSystem.WGS84).fileProblems())
			.containsExactly(problem("file", "import.file.no-rows"));
		assertThat(imports.preview("stations.xlsx", utf8(HEADER), CoordinateSystem.WGS84).fileProblems())
			.containsExactly(problem("file", "import.file.unreadable"));
		assertThat(imports.preview("s.csv", utf8("名称,地址,name\nA,B,C\n"), CoordinateSystem.WGS84).fileProblems())
			.containsExactly(problem("name", "import.file.repeated-column"),
					problem("type", "import.file.missing-column"), problem("longitude", "import.file.missing-column"),
					problem("latitude", "import.file.missing-column"));
	}

	@Test
	void the_template_s_example_stays_out_of_the_data_and_imports_cleanly_when_copied_in_both_languages() {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			byte[] template = imports.template(locale);
			List<List<String>> data = TestWorkbooks.sheet(template, 0);
			assertThat(data).hasSize(1);
			assertThat(data.get(0).get(0)).isEqualTo(locale == Locale.ENGLISH ? "Name" : "名称");
			// the template as it is holds no station, not the example
			assertThat(imports.preview("template.xlsx", template, CoordinateSystem.WGS84).fileProblems())
				.containsExactly(problem("file", "import.file.no-rows"));

			List<List<String>> guide = TestWorkbooks.sheet(template, 1);
			int headerAt = guide.indexOf(data.get(0));
			List<String> example = guide.get(headerAt + 1);
			assertThat(example.get(0)).startsWith(locale == Locale.ENGLISH ? "Example:" : "示例：");
			ImportPreview copied = imports.preview("filled.csv", Csv.write(List.of(data.get(0), example)),
					CoordinateSystem.WGS84);
			assertThat(copied.allProblems()).isEmpty();
			assertThat(copied.canCommit()).isTrue();
		}
	}

	@Test
	@WithUserDetails("operator")
	void operators_may_not_import() {
		assertThatThrownBy(() -> imports.preview("stations.csv", utf8(HEADER), CoordinateSystem.WGS84))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static List<FieldProblem> problems(ImportPreview preview, int rowNumber) {
		return preview.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElseThrow().problems();
	}

	private static FieldProblem problem(String field, String key, Object... args) {
		return FieldProblem.of(field, key, args);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
