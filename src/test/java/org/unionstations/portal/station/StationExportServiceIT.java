package org.unionstations.portal.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.Csv;
import org.unionstations.portal.base.table.TableRow;
import org.unionstations.portal.base.table.Xlsx;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exports against the real PostGIS test database with the Xianning demo data. */
@PortalIT
@Transactional
class StationExportServiceIT {

	private static final StationFilter MOTHER_BABY_ROOMS = StationFilter.ALL
		.withTypes(Set.of(StationType.MOTHER_BABY_ROOM));

	@Autowired
	StationExportService exports;

	@Autowired
	StationImportService imports;

	@Autowired
	StationService stations;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("planner")
	void csv_xlsx_and_geojson_hold_exactly_the_filtered_stations() {
		List<StationRow> expected = stations.list(MOTHER_BABY_ROOMS, PageRequest.of(0, 500, Sort.by("name", "id")));
		assertThat(expected).hasSize(26);

		List<TableRow> csv = Csv.read(exports.csv(MOTHER_BABY_ROOMS, Locale.SIMPLIFIED_CHINESE));
		assertThat(csv.get(0).cells()).containsExactly("名称", "类型", "地址", "经度", "纬度", "状态", "依托单位", "联系人", "联系电话",
				"开放时间", "服务项目");
		List<TableRow> csvRows = csv.subList(1, csv.size());
		assertThat(csvRows).extracting(r -> r.cell(0)).containsExactlyElementsOf(names(expected));
		assertThat(csvRows).allSatisfy(r -> assertThat(r.cell(1)).isEqualTo("爱心母婴室"));
		StationRow first = expected.get(0);
		assertThat(csvRows.get(0).cell(3)).isEqualTo(String.format(Locale.ROOT, "%.6f", first.longitude()));
		assertThat(csvRows.get(0).cell(4)).isEqualTo(String.format(Locale.ROOT, "%.6f", first.latitude()));

		List<TableRow> xlsx = Xlsx.read(exports.xlsx(MOTHER_BABY_ROOMS, Locale.ENGLISH));
		assertThat(xlsx.get(0).cells()).startsWith("Name", "Type", "Address", "Longitude", "Latitude", "Status");
		assertThat(xlsx.subList(1, xlsx.size())).extracting(r -> r.cell(0)).containsExactlyElementsOf(names(expected));
		assertThat(xlsx.get(1).cell(1)).isEqualTo("Mother-baby room");

		JsonNode geoJson = JsonMapper.shared().readTree(exports.geoJson(MOTHER_BABY_ROOMS));
		assertThat(geoJson.get("type").asString()).isEqualTo("FeatureCollection");
		JsonNode features = geoJson.get("features");
		assertThat(features.size()).isEqualTo(26);
		JsonNode feature = features.get(0);
		assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
		assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(first.longitude());
		assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(first.latitude());
		JsonNode properties = feature.get("properties");
		assertThat(properties.get("id").asLong()).isEqualTo(first.id());
		assertThat(properties.get("name").asString()).isEqualTo(first.name());
		assertThat(properties.get("type").asString()).isEqualTo("MOTHER_BABY_ROOM");
		assertThat(properties.get("district").asString()).isEqualTo(first.districtNameZh());
		assertThat(properties.get("services").isArray()).isTrue();
		assertThat(properties.has("openingHours")).isTrue();
	}

	@Test
	@WithUserDetails("operator")
	void an_operator_exports_only_their_own_four_stations() {
		List<String> own = List.of("咸宁市中心医院爱心母婴室", "温泉路环卫工会驿站", "永安大道快递小哥工会驿站", "银泉大道环卫工会驿站");
		List<TableRow> csv = Csv.read(exports.csv(StationFilter.ALL, Locale.SIMPLIFIED_CHINESE));
		assertThat(csv.subList(1, csv.size())).extracting(r -> r.cell(0)).containsExactlyInAnyOrderElementsOf(own);
		List<TableRow> xlsx = Xlsx.read(exports.xlsx(StationFilter.ALL, Locale.ENGLISH));
		assertThat(xlsx).hasSize(5);
		JsonNode features = JsonMapper.shared().readTree(exports.geoJson(StationFilter.ALL)).get("features");
		assertThat(features.size()).isEqualTo(4);
	}

	@Test
	@WithUserDetails("planner")
	void cells_that_would_run_as_formulas_are_neutralised() {
		jdbc.sql("""
				INSERT INTO station (type, name, address, location, status, host_organisation, contact_person)
				VALUES ('UNION_POST_STATION', '=HYPERLINK("http://example.invalid","点我")', '@SUM(A1)',
				        ST_SetSRID(ST_MakePoint(114.33, 29.86), 4326), 'OPEN', '+cmd', '-1')
				""").update();
		StationFilter filter = StationFilter.ALL.withText("HYPERLINK");

		byte[] csvBytes = exports.csv(filter, Locale.SIMPLIFIED_CHINESE);
		assertThat(csvBytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String csvText = new String(csvBytes, StandardCharsets.UTF_8);
		assertThat(csvText).contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点我\"\")\"")
			.contains(",'@SUM(A1),")
			.contains(",'+cmd,'-1,");
		TableRow csvRow = Csv.read(csvBytes).get(1);
		TableRow xlsxRow = Xlsx.read(exports.xlsx(filter, Locale.SIMPLIFIED_CHINESE)).get(1);
		for (TableRow row : List.of(csvRow, xlsxRow)) {
			assertThat(row.cell(0)).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"点我\")");
			assertThat(row.cell(2)).isEqualTo("'@SUM(A1)");
			assertThat(row.cell(6)).isEqualTo("'+cmd");
			assertThat(row.cell(7)).isEqualTo("'-1");
		}
	}

	@Test
	@WithUserDetails("planner")
	void an_export_imports_again_where_every_row_duplicates_its_station() {
		StationFilter chibi = StationFilter.ALL.withText("赤壁");
		long count = stations.count(chibi);
		assertThat(count).isPositive();
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			ImportPreview csv = imports.preview("export.csv", exports.csv(chibi, locale), CoordinateSystem.WGS84);
			ImportPreview xlsx = imports.preview("export.xlsx", exports.xlsx(chibi, locale), CoordinateSystem.WGS84);
			for (ImportPreview preview : List.of(csv, xlsx)) {
				assertThat(preview.fileProblems()).isEmpty();
				assertThat(preview.rowCount()).isEqualTo(count);
				assertThat(preview.rows()).allSatisfy(r -> assertThat(r.problems()).extracting(FieldProblem::messageKey)
					.containsExactly("import.problem.duplicate-station"));
			}
		}
	}

	@Test
	void nobody_signed_in_exports_nothing() {
		assertThatThrownBy(() -> exports.geoJson(StationFilter.ALL))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	private static List<String> names(List<StationRow> rows) {
		return rows.stream().map(StationRow::name).toList();
	}

}
