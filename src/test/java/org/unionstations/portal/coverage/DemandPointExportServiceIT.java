package org.unionstations.portal.coverage;

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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.Csv;
import org.unionstations.portal.base.table.TableRow;
import org.unionstations.portal.base.table.Xlsx;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Demand point exports against the Xianning demo data. */
@PortalIT
@WithUserDetails("leader")
class DemandPointExportServiceIT {

	private static final DemandFilter MARKETS = DemandFilter.ALL.withCategories(Set.of(DemandCategory.MARKET));

	@Autowired
	DemandPointExportService exports;

	@Autowired
	DemandPointImportService imports;

	@Autowired
	DemandPointService demand;

	@Test
	void csv_xlsx_and_geojson_hold_exactly_the_filtered_points() {
		List<DemandPointRow> expected = demand.list(MARKETS, PageRequest.of(0, 2000, Sort.by("name", "id")));
		assertThat(expected).isNotEmpty();
		DemandPointRow first = expected.getFirst();

		List<TableRow> csv = Csv.read(exports.csv(MARKETS, Locale.SIMPLIFIED_CHINESE));
		assertThat(csv.getFirst().cells()).containsExactly("名称", "类别", "职工人数", "经度", "纬度");
		assertThat(csv.subList(1, csv.size())).extracting(r -> r.cell(0))
			.containsExactlyElementsOf(expected.stream().map(DemandPointRow::name).toList());
		assertThat(csv.get(1).cells()).containsExactly(first.name(), "市场", String.valueOf(first.workers()),
				String.format(Locale.ROOT, "%.6f", first.longitude()),
				String.format(Locale.ROOT, "%.6f", first.latitude()));

		List<TableRow> xlsx = Xlsx.read(exports.xlsx(MARKETS, Locale.ENGLISH));
		assertThat(xlsx.getFirst().cells()).containsExactly("Name", "Category", "Workers", "Longitude", "Latitude");
		assertThat(xlsx).hasSize(expected.size() + 1);
		assertThat(xlsx.get(1).cell(1)).isEqualTo("Market");
		assertThat(xlsx.get(1).cell(2)).isEqualTo(String.valueOf(first.workers()));

		JsonNode geoJson = JsonMapper.builder()
			.build()
			.readTree(new String(exports.geoJson(MARKETS), StandardCharsets.UTF_8));
		assertThat(geoJson.get("features")).hasSize(expected.size());
		JsonNode feature = geoJson.get("features").get(0);
		assertThat(feature.get("properties").get("category").asString()).isEqualTo("MARKET");
		assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(first.longitude());
	}

	@Test
	@WithUserDetails("planner")
	void an_export_reads_back_as_an_import_whose_rows_duplicate_the_exported_points() {
		byte[] csv = exports.csv(MARKETS, Locale.ENGLISH);
		DemandImportPreview preview = imports.preview("markets.csv", csv, CoordinateSystem.WGS84);
		assertThat(preview.fileProblems()).isEmpty();
		assertThat(preview.rows()).allSatisfy(r -> assertThat(r.problems()).extracting(FieldProblem::messageKey)
			.containsExactly("import.problem.duplicate-demand-point"));
	}

	@Test
	@WithUserDetails("operator")
	void operators_get_no_demand_points() {
		assertThatThrownBy(() -> exports.geoJson(DemandFilter.ALL)).isInstanceOf(AccessDeniedException.class);
	}

}
