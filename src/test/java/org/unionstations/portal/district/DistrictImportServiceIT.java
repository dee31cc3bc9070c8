package org.unionstations.portal.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.FieldProblem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The district import against the demo data: each test runs in a transaction that is
 * rolled back, so the districts stay Xianning's for every other test.
 */
@PortalIT
@Transactional
@WithUserDetails("admin")
class DistrictImportServiceIT {

	static final String XIANNING = "/db/demo/districts/xianning-421200.geojson";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final double KEPT_HALF = 0.0125;

	@Autowired
	DistrictImportService imports;

	@Autowired
	DistrictService districts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_shipped_xianning_file_needs_consent_for_its_three_invalid_boundaries_then_changes_nothing_but_the_log()
			throws IOException {
		byte[] file = resource(XIANNING);

		DistrictImportPreview refused = imports.preview("xianning.geojson", file, null, false);
		assertThat(refused.mapping()).isEqualTo(new DistrictMapping("adcode", "name", "name_en"));
		assertThat(refused.rows()).extracting(DistrictImportRow::code)
			.containsExactly("421202", "421221", "421222", "421223", "421224", "421281");
		assertThat(refused.rows()).filteredOn(r -> !r.valid())
			.extracting(DistrictImportRow::code)
			.containsExactly("421202", "421221", "421281");
		assertThat(refused.rows().getFirst().invalidReason()).startsWith("Ring Self-intersection");
		assertThat(refused.rows().getFirst().problems()).extracting(FieldProblem::messageKey)
			.containsExactly("district.import.problem.invalid");
		assertThat(refused.canCommit()).isFalse();
		assertThatThrownBy(() -> imports.commit("xianning.geojson", file, refused.mapping(), false, "咸宁市", "Xianning"))
			.isInstanceOf(DistrictImportRefusedException.class);

		DistrictImportPreview repaired = imports.preview("xianning.geojson", file, null, true);
		assertThat(repaired.canCommit()).isTrue();
		assertThat(repaired.rows()).filteredOn(DistrictImportRow::repaired).hasSize(3);
		// the published areas: 咸安区 1,503.8 km², 赤壁市 1,723 km² (the source is quantised to
		// ~100 m)
		assertThat(repaired.rows().getFirst().areaKm2()).isCloseTo(1503.8, within(15.0));
		assertThat(repaired.rows().getLast().areaKm2()).isCloseTo(1723.0, within(25.0));
		assertThat(repaired.overlaps()).isEmpty();
		assertThat(repaired.gaps()).hasSize(1);
		assertThat(repaired.cityCode()).isEqualTo("421200");
		assertThat(repaired.stationsMoving()).isZero();
		assertThat(repaired.stationsOutside()).isEmpty();

		DistrictImportResult result = imports.commit("xianning.geojson", file, repaired.mapping(), true, "咸宁市",
				"Xianning");
		assertThat(result.added()).isZero();
		assertThat(result.updated()).isEqualTo(6);
		assertThat(result.deletedCodes()).isEmpty();
		assertThat(result.stationsReassigned()).isZero();
		assertThat(result.demandPointsReassigned()).isZero();
		// the demo boundaries are this file, repaired the same way: only the versions
		// moved, so nothing is logged
		assertThat(revisions("IMPORT")).isZero();
	}

	@Test
	void an_invalid_boundary_is_refused_without_consent_and_repaired_with_it() throws IOException {
		// a bow-tie: its ring crosses itself at (120.05, 30.05)
		String bowTie = "[[[120.0,30.0],[120.1,30.1],[120.1,30.0],[120.0,30.1],[120.0,30.0]]]";
		byte[] file = collection(feature("330102", "上城区", "Polygon", bowTie),
				feature("330105", "拱墅区", "Polygon", square(120.2, 30.0, 0.05)));

		DistrictImportPreview refused = imports.preview("bowtie.geojson", file, null, false);
		DistrictImportRow row = refused.rows().getFirst();
		assertThat(row.valid()).isFalse();
		assertThat(row.invalidReason()).contains("Self-intersection");
		assertThat(row.problems())
			.containsExactly(FieldProblem.of("geometry", "district.import.problem.invalid", row.invalidReason()));
		assertThat(refused.canCommit()).isFalse();

		DistrictImportPreview repaired = imports.preview("bowtie.geojson", file, null, true);
		row = repaired.rows().getFirst();
		assertThat(row.repaired()).isTrue();
		assertThat(row.problems()).isEmpty();
		// two triangles meeting at the crossing, together half of the 0.1° square
		assertThat(row.areaKm2()).isCloseTo(sphericalRectangleKm2(120.0, 30.0, 120.1, 30.1) / 2, within(0.5));
	}

	@Test
	void overlaps_and_gaps_larger_than_the_tolerance_are_listed_with_their_areas() throws IOException {
		// A and B overlap by a 0.01° × 0.1° strip; C, D, E and F ring a 0.02° square hole
		byte[] file = collection(feature("330102", "甲", "Polygon", rectangle(120.00, 30.00, 120.10, 30.10)),
				feature("330103", "乙", "Polygon", rectangle(120.09, 30.00, 120.19, 30.10)),
				feature("330104", "丙", "Polygon", rectangle(120.00, 30.10, 120.19, 30.14)),
				feature("330105", "丁", "Polygon", rectangle(120.00, 30.16, 120.19, 30.20)),
				feature("330106", "戊", "Polygon", rectangle(120.00, 30.14, 120.08, 30.16)),
				feature("330108", "己", "Polygon", rectangle(120.10, 30.14, 120.19, 30.16)));

		DistrictImportPreview preview = imports.preview("ring.geojson", file, null, false);

		assertThat(preview.rows()).allSatisfy(r -> assertThat(r.problems()).isEmpty());
		assertThat(preview.overlaps()).singleElement().satisfies(o -> {
			assertThat(o.codeA() + o.codeB()).isEqualTo("330102330103");
			assertThat(o.areaKm2()).isCloseTo(sphericalRectangleKm2(120.09, 30.00, 120.10, 30.10), within(0.1));
		});
		assertThat(preview.gaps()).singleElement().satisfies(g -> {
			assertThat(g.areaKm2()).isCloseTo(sphericalRectangleKm2(120.08, 30.14, 120.10, 30.16), within(0.05));
			assertThat(g.longitude()).isBetween(120.08, 120.10);
			assertThat(g.latitude()).isBetween(30.14, 30.16);
		});
		// overlaps and gaps are reported, not refused (only the Xianning districts' KPI
		// targets block this file)
		assertThat(preview.rowsWithProblems()).isZero();
		assertThat(preview.removalsBlocked()).isNotEmpty();
		assertThat(preview.cityCode()).isEqualTo("330100");
	}

	@Test
	void codes_and_names_are_checked_per_feature() throws IOException {
		byte[] file = collection(feature("4212", "短代码", "Polygon", square(120.0, 30.0, 0.01)),
				feature("330105", "", "Polygon", square(120.1, 30.0, 0.01)),
				feature("330105", "重复", "Polygon", square(120.2, 30.0, 0.01)),
				feature("330106", "线", "LineString", "[[120.3,30.0],[120.4,30.0]]"));

		DistrictImportPreview preview = imports.preview("bad.geojson", file, null, false);

		assertThat(preview.rows()).extracting(r -> r.problems().stream().map(FieldProblem::messageKey).toList())
			.containsExactly(List.of("district.import.problem.code-format"),
					List.of("district.import.problem.name-missing"), List.of("district.import.problem.code-repeated"),
					List.of("district.import.problem.geometry-type"));
		assertThat(imports.preview("x.json", "not json".getBytes(StandardCharsets.UTF_8), null, false).fileProblems())
			.extracting(FieldProblem::messageKey)
			.containsExactly("district.import.problem.not-json");
	}

	@Test
	void stations_and_demand_points_follow_the_new_boundaries_and_those_outside_every_district_are_listed()
			throws IOException {
		List<Place> tongshanStations = places("station", "421224");
		List<Place> tongshanPoints = places("demand_point", "421224");
		Place kept = tongshanStations.getFirst();
		Place toChongyang = tongshanStations.stream()
			.filter(p -> Math.abs(p.lon() - kept.lon()) > 0.05 || Math.abs(p.lat() - kept.lat()) > 0.05)
			.findFirst()
			.orElseThrow();
		// 通山县 shrinks to a 0.02° square around one station; 崇阳县 gains a 0.01° square
		// around another
		ObjectNode collection = xianning();
		geometry(collection, "421224", "Polygon", square(kept.lon(), kept.lat(), KEPT_HALF));
		ObjectNode chongyang = geometry(collection, "421223", null, null);
		ArrayNode parts = JSON.createArrayNode();
		parts.add(chongyang.get("geometry").get("coordinates"));
		parts.add(JSON.readTree(square(toChongyang.lon(), toChongyang.lat(), 0.005)));
		geometry(collection, "421223", "MultiPolygon", parts.toString());
		byte[] file = JSON.writeValueAsBytes(collection);

		DistrictImportPreview preview = imports.preview("moved.geojson", file, null, true);
		DistrictImportResult result = imports.commit("moved.geojson", file, preview.mapping(), true, "咸宁市", "Xianning");

		// worked out from the squares alone, without PostGIS
		Set<Long> stationsOutside = outsideSquares(tongshanStations, kept, toChongyang);
		Set<Long> pointsOutside = outsideSquares(tongshanPoints, kept, toChongyang);
		assertThat(stationsOutside).isNotEmpty().doesNotContain(kept.id(), toChongyang.id());
		assertThat(preview.stationsOutside()).extracting(PlaceOutside::id)
			.containsExactlyInAnyOrderElementsOf(stationsOutside);
		assertThat(result.stationsOutside()).extracting(PlaceOutside::id)
			.containsExactlyInAnyOrderElementsOf(stationsOutside);
		assertThat(result.demandPointsOutside()).extracting(PlaceOutside::id)
			.containsExactlyInAnyOrderElementsOf(pointsOutside);
		long toChongyangPoints = tongshanPoints.stream().filter(p -> inSquare(p, toChongyang, 0.005)).count();
		assertThat(result.stationsReassigned()).isEqualTo(stationsOutside.size() + 1);
		assertThat(result.demandPointsReassigned()).isEqualTo(pointsOutside.size() + toChongyangPoints);
		assertThat(districtOf("station", toChongyang.id())).isEqualTo("421223");
		assertThat(districtOf("station", kept.id())).isEqualTo("421224");
		assertThat(jdbc.sql("SELECT count(*) FROM station WHERE district_id IS NULL").query(Long.class).single())
			.isEqualTo(stationsOutside.size());
		assertThat(revisions("IMPORT")).isEqualTo(2);
	}

	@Test
	void a_district_that_other_records_refer_to_cannot_disappear_and_nothing_is_written() throws IOException {
		ObjectNode collection = xianning();
		ArrayNode features = (ArrayNode) collection.get("features");
		for (int i = 0; i < features.size(); i++) {
			if (features.get(i).get("properties").get("adcode").asString().equals("421224")) {
				features.remove(i);
				break;
			}
		}
		byte[] file = JSON.writeValueAsBytes(collection);
		long targets = jdbc
			.sql("""
					SELECT count(*) FROM kpi_district_target t JOIN district d ON d.id = t.district_id WHERE d.code = '421224'
					""")
			.query(Long.class)
			.single();
		assertThat(targets).isPositive();

		DistrictImportPreview preview = imports.preview("without-tongshan.geojson", file, null, true);
		assertThat(preview.removed()).extracting(DistrictRef::code).containsExactly("421224");
		assertThat(preview.removalsBlocked()).singleElement().satisfies(b -> {
			assertThat(b.code()).isEqualTo("421224");
			assertThat(b.references()).contains(new RemovalBlocked.Reference("kpi_district_target", targets));
		});
		assertThat(preview.canCommit()).isFalse();

		assertThatThrownBy(
				() -> imports.commit("without-tongshan.geojson", file, preview.mapping(), true, "咸宁市", "Xianning"))
			.isInstanceOfSatisfying(DistrictImportRefusedException.class,
					e -> assertThat(e.preview().removalsBlocked()).extracting(RemovalBlocked::code)
						.containsExactly("421224"));
		assertThat(districts.list()).hasSize(6);
		assertThat(revisions("IMPORT")).isZero();
	}

	@Test
	void another_city_imports_its_districts_and_the_portal_follows_them() throws IOException {
		// a federation in Hangzhou: no Xianning KPI targets or progress of its own
		jdbc.sql("DELETE FROM kpi_district_target").update();
		jdbc.sql("UPDATE kpi_progress SET district_id = NULL").update();
		byte[] file = collection(
				feature("330102", "上城区", "Shangcheng District", "Polygon", rectangle(120.10, 30.20, 120.20, 30.30)),
				feature("330105", "拱墅区", "Gongshu District", "Polygon", rectangle(120.10, 30.30, 120.20, 30.40)));

		DistrictImportResult result = imports.commit("hangzhou.geojson", file,
				new DistrictMapping("code", "name", "name_en"), false, "杭州市", "Hangzhou");

		assertThat(result.added()).isEqualTo(2);
		assertThat(result.deletedCodes()).containsExactly("421202", "421221", "421222", "421223", "421224", "421281");
		long stationCount = jdbc.sql("SELECT count(*) FROM station").query(Long.class).single();
		assertThat(result.stationsOutside()).hasSize((int) stationCount);
		assertThat(districts.list()).extracting(DistrictRef::nameZh).containsExactly("拱墅区", "上城区");
		Bounds extent = districts.extent();
		assertThat(List.of(extent.west(), extent.south(), extent.east(), extent.north()))
			.usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
			.containsExactly(120.10, 30.20, 120.20, 30.40);
		City city = districts.city();
		assertThat(city.code()).isEqualTo("330100");
		assertThat(city.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("杭州市");
		assertThat(city.name(Locale.ENGLISH)).isEqualTo("Hangzhou");
		assertThat(districts.containing(120.15, 30.35)).map(DistrictRef::code).contains("330105");
		assertThat(districts.containing(114.32, 29.85)).isEmpty();
		assertThat(revisions("DELETE")).isEqualTo(6);
	}

	@Test
	@WithUserDetails("planner")
	void only_admins_import_districts() {
		assertThatThrownBy(() -> imports.preview("x.geojson", new byte[0], null, false))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> imports.commit("x.geojson", new byte[0], new DistrictMapping("code", "name", null),
				false, "咸宁市", ""))
			.isInstanceOf(AccessDeniedException.class);
	}

	// ---- helpers
	// -----------------------------------------------------------------------------------------

	record Place(long id, double lon, double lat) {
	}

	private List<Place> places(String table, String code) {
		return jdbc.sql("""
				SELECT t.id, ST_X(t.location) AS lon, ST_Y(t.location) AS lat FROM %s t
				JOIN district d ON d.id = t.district_id WHERE d.code = :code ORDER BY t.id
				""".formatted(table))
			.param("code", code)
			.query((rs, i) -> new Place(rs.getLong("id"), rs.getDouble("lon"), rs.getDouble("lat")))
			.list();
	}

	private static boolean inSquare(Place p, Place centre, double half) {
		return Math.abs(p.lon() - centre.lon()) <= half && Math.abs(p.lat() - centre.lat()) <= half;
	}

	private static Set<Long> outsideSquares(List<Place> places, Place kept, Place toChongyang) {
		return places.stream()
			.filter(p -> !inSquare(p, kept, KEPT_HALF) && !inSquare(p, toChongyang, 0.005))
			.map(Place::id)
			.collect(Collectors.toSet());
	}

	private String districtOf(String table, long id) {
		return jdbc
			.sql("SELECT d.code FROM %s t JOIN district d ON d.id = t.district_id WHERE t.id = :id".formatted(table))
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long revisions(String action) {
		return jdbc.sql("SELECT count(*) FROM change_revision WHERE entity_type = 'DISTRICT' AND action = :a")
			.param("a", action)
			.query(Long.class)
			.single();
	}

	/**
	 * The area of a longitude/latitude rectangle on a sphere of the WGS84 authalic radius
	 * (6,371,007 m): R² · Δλ · (sin φ₂ − sin φ₁).
	 */
	static double sphericalRectangleKm2(double west, double south, double east, double north) {
		double r = 6371.0072;
		return r * r * Math.toRadians(east - west)
				* (Math.sin(Math.toRadians(north)) - Math.sin(Math.toRadians(south)));
	}

	static String rectangle(double w, double s, double e, double n) {
		return String.format(Locale.ROOT, "[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]", w, s, e, s, e, n, w, n, w, s);
	}

	static String square(double lon, double lat, double half) {
		return rectangle(lon - half, lat - half, lon + half, lat + half);
	}

	static String feature(String code, String name, String type, String coordinates) {
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s"},"geometry":{"type":"%s","coordinates":%s}}"""
			.formatted(code, name, type, coordinates);
	}

	static String feature(String code, String name, String nameEn, String type, String coordinates) {
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","name_en":"%s"},"geometry":{"type":"%s","coordinates":%s}}"""
			.formatted(code, name, nameEn, type, coordinates);
	}

	static byte[] collection(String... features) {
		return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] resource(String path) throws IOException {
		try (InputStream in = DistrictImportServiceIT.class.getResourceAsStream(path)) {
			return in.readAllBytes();
		}
	}

	private static ObjectNode xianning() throws IOException {
		return (ObjectNode) JSON.readTree(resource(XIANNING));
	}

	/** The feature of a code; its geometry replaced when a type is given. */
	private static ObjectNode geometry(ObjectNode collection, String code, String type, String coordinates) {
		for (JsonNode f : collection.get("features")) {
			if (f.get("properties").get("adcode").asString().equals(code)) {
				if (type != null) {
					ObjectNode g = JSON.createObjectNode();
					g.put("type", type);
					g.set("coordinates", JSON.readTree(coordinates));
					((ObjectNode) f).set("geometry", g);
				}
				return (ObjectNode) f;
			}
		}
		throw new IllegalArgumentException(code);
	}

}
