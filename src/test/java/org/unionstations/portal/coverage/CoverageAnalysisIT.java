package org.unionstations.portal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.station.CoverageStandardService;
import org.unionstations.portal.station.StationType;

/**
 * The coverage analyses on layouts whose answers are known by hand, and against a
 * brute-force great-circle count. Each test empties stations and demand points inside its
 * own transaction (rolled back afterwards).
 */
@PortalIT
@Transactional
@WithUserDetails("planner")
class CoverageAnalysisIT {

	/**
	 * WGS84, for placing points at exact distances (meridian arcs), independently of
	 * PostGIS.
	 */
	private static final double A = 6378137.0;

	private static final double E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);

	private static final CoverageScope OPEN_POST = new CoverageScope(StationType.UNION_POST_STATION, false);

	@Autowired
	CoverageService coverage;

	@Autowired
	CoverageMapService maps;

	@Autowired
	CoverageStandardService standards;

	@Autowired
	JdbcClient jdbc;

	private Cancellation go;

	@BeforeEach
	void emptyWorld() {
		jdbc.sql("DELETE FROM demand_point").update();
		jdbc.sql("DELETE FROM station").update();
		go = coverage.newCancellation();
	}

	@Test
	void points_just_inside_and_just_outside_the_radius() {
		double lon = 114.32;
		double lat = 29.84;
		station("OPEN", lon, lat);
		point("内 999 m", 10, lon, lat + degreesNorth(lat, 999.0));
		point("外 1001 m", 20, lon, lat + degreesNorth(lat, 1001.0));
		point("外 1500 m", 5, lon, lat - degreesNorth(lat, 1500.0));

		CoverageRow city = city(coverage.report(OPEN_POST, go));
		assertThat(city.points()).isEqualTo(3);
		assertThat(city.coveredPoints()).isEqualTo(1);
		assertThat(city.workers()).isEqualTo(35);
		assertThat(city.coveredWorkers()).isEqualTo(10);
		assertThat(city.workerCoveragePercent()).isCloseTo(100.0 * 10 / 35, within(1e-9));
		CoverageRow xianan = coverage.report(OPEN_POST, go)
			.stream()
			.filter(r -> "421202".equals(r.districtCode()))
			.findFirst()
			.orElseThrow();
		assertThat(xianan.coveredWorkers()).isEqualTo(10);

		List<UncoveredPoint> uncovered = coverage.uncovered(OPEN_POST, go);
		assertThat(uncovered).extracting(UncoveredPoint::name).containsExactly("外 1001 m", "外 1500 m");
		assertThat(uncovered.getFirst().nearestStationMetres()).isCloseTo(1001.0, within(0.05));
		assertThat(uncovered.get(1).nearestStationMetres()).isCloseTo(1500.0, within(0.05));

		// a run gives the same, a page at a time
		CoverageRun run = coverage.run(OPEN_POST, go);
		assertThat(run.city()).isEqualTo(city);
		assertThat(coverage.uncoveredPage(run, UncoveredSort.WORKERS, 0, 10)).isEqualTo(uncovered);
		assertThat(coverage.uncoveredCount(run)).isEqualTo(2);
	}

	@Test
	void the_nearest_station_is_the_nearest_on_the_spheroid_when_the_sphere_ranks_another_first() {
		// at 30° N a metre north-south is a longer arc on the sphere than on the
		// spheroid,
		// a metre east-west a shorter one: the station 3,000 m north is nearer than the
		// one 3,005 m east, but the sphere (the order of <->) ranks the east one first
		double lon = 114.32;
		double lat = 29.84;
		point("两站几乎等距", 10, lon, lat);
		stationProjected(lon, lat, 3005.0, 90);
		stationProjected(lon, lat, 3000.0, 0);
		assertThat(sphereRankOfTheSpheroidNearest(lon, lat)).as("<-> ranks the true nearest second").isEqualTo(2);

		UncoveredPoint only = coverage.uncovered(OPEN_POST, go).getFirst();
		assertThat(only.nearestStationMetres()).isCloseTo(exactNearestMetres(lon, lat), within(0.01))
			.isCloseTo(3000.0, within(0.01));
		assertThat(coverage.uncoveredPage(coverage.run(OPEN_POST, go), UncoveredSort.WORKERS, 0, 10))
			.containsExactly(only);
	}

	@Test
	void the_nearest_station_is_exact_even_when_more_stations_than_candidates_are_nearly_equidistant() {
		// eight stations 3,004–3,011 m away to the east and west rank before the one
		// 3,000 m due north on the sphere: more than the KNN candidates
		double lon = 114.32;
		double lat = 29.84;
		point("八站环绕", 10, lon, lat);
		int[] azimuths = { 80, 85, 90, 95, 265, 270, 275, 100 };
		for (int i = 0; i < azimuths.length; i++) {
			stationProjected(lon, lat, 3004.0 + i, azimuths[i]);
		}
		stationProjected(lon, lat, 3000.0, 0);
		assertThat(sphereRankOfTheSpheroidNearest(lon, lat)).as("<-> ranks the true nearest after all candidates")
			.isGreaterThan(CoverageSpatialRepository.NEAREST_CANDIDATES);

		UncoveredPoint only = coverage.uncovered(OPEN_POST, go).getFirst();
		assertThat(only.nearestStationMetres()).isCloseTo(exactNearestMetres(lon, lat), within(0.01))
			.isCloseTo(3000.0, within(0.01));
		CoverageRun run = coverage.run(OPEN_POST, go);
		assertThat(coverage.uncoveredPage(run, UncoveredSort.WORKERS, 0, 10)).containsExactly(only);
		coverage.distances(run, go, Progress.NONE);
		assertThat(coverage.uncoveredPage(run, UncoveredSort.DISTANCE, 0, 10)).containsExactly(only);
	}

	@Test
	void report_rows_and_uncovered_areas_list_districts_by_name_in_pinyin_order() {
		// one point in each of three districts; by code 咸安区 (421202) would come first
		point("咸安", 10, 114.32, 29.84);
		point("赤壁", 10, 113.90, 29.72);
		point("通城", 10, 113.81, 29.25);
		point("城外", 10, 114.30, 30.60);

		assertThat(coverage.report(OPEN_POST, go)).extracting(CoverageRow::districtNameZh)
			.containsExactly("赤壁市", "通城县", "咸安区", null, null);
		assertThat(coverage.report(OPEN_POST, go).getLast().isCityTotal()).isTrue();
		assertThat(coverage.uncoveredArea(OPEN_POST, go)).extracting(UncoveredArea::districtNameZh)
			.containsExactly("赤壁市", "崇阳县", "嘉鱼县", "通城县", "通山县", "咸安区");
	}

	@Test
	void the_search_box_holds_every_point_within_the_radius_at_any_latitude() {
		// points at 99.9999 % of the radius (geodesic, ST_Project on the spheroid) in 36
		// directions around stations from 88° S to 88° N, near a pole and near ±180°
		Long outside = jdbc.sql("""
				WITH station AS (
				    SELECT ST_SetSRID(ST_MakePoint(lon, lat), 4326) AS g
				    FROM generate_series(-88, 88, 2) lat, (VALUES (114.3), (-179.995), (179.995)) lon(lon)
				    UNION ALL
				    SELECT ST_SetSRID(ST_MakePoint(114.3, lat), 4326) FROM (VALUES (89.0), (-89.5), (89.99)) lat(lat))
				SELECT count(*)
				FROM station s, (VALUES (50), (1000), (50000)) r(m), generate_series(0, 350, 10) azimuth,
				     LATERAL (SELECT ST_Project(s.g::geography, r.m * 0.999999, radians(azimuth))::geometry AS p) p
				WHERE NOT p.p && coverage_reach_box(s.g, r.m)
				""").query(Long.class).single();
		assertThat(outside).isZero();
		// and away from poles and the antimeridian the box is small: 1 km at 30° N
		double[] box = jdbc.sql("""
				SELECT ST_XMax(b) - ST_XMin(b), ST_YMax(b) - ST_YMin(b)
				FROM coverage_reach_box(ST_SetSRID(ST_MakePoint(114.3, 30), 4326), 1000) b
				""").query((rs, i) -> new double[] { rs.getDouble(1), rs.getDouble(2) }).single();
		assertThat(box[0]).isBetween(2 * 1000 / 96_486.0, 2 * 1000 / 96_486.0 * 1.01);
		assertThat(box[1]).isBetween(2 * 1000 / 110_852.0, 2 * 1000 / 110_852.0 * 1.01);
	}

	@Test
	void coverage_reaches_across_the_antimeridian() {
		station("OPEN", 179.9995, 10.0);
		point("对面 110 m", 7, -179.9995, 10.0);
		point("对面 2 km", 3, -179.98, 10.0);
		CoverageRow city = city(coverage.report(OPEN_POST, go));
		assertThat(city.coveredPoints()).isEqualTo(1);
		assertThat(city.coveredWorkers()).isEqualTo(7);
	}

	@Test
	void planned_stations_count_only_when_asked_for() {
		station("OPEN", 114.32, 29.84);
		station("PLANNED", 114.40, 29.84);
		point("近规划站", 50, 114.401, 29.841);
		assertThat(city(coverage.report(OPEN_POST, go)).coveredWorkers()).isZero();
		CoverageScope after = new CoverageScope(StationType.UNION_POST_STATION, true);
		assertThat(city(coverage.report(after, go)).coveredWorkers()).isEqualTo(50);
		// other types do not count
		assertThat(city(coverage.report(new CoverageScope(StationType.HEART_STATION, true), go)).coveredWorkers())
			.isZero();
	}

	@Test
	void the_uncovered_area_of_a_district_is_its_area_minus_the_circle() {
		// the demo districts make way for one test square (rolled back after the test):
		// stations and demand points are gone already (setUp); KPI progress entries per
		// district keep their district from deletion on purpose (deleting a district
		// must not turn its entries city-wide), so they go first; district targets
		// cascade
		jdbc.sql("DELETE FROM kpi_progress WHERE district_id IS NOT NULL").update();
		jdbc.sql("DELETE FROM district").update();
		// a 0.2° x 0.2° square with one station in the middle: the 1 km circle lies fully
		// inside
		jdbc.sql("""
				INSERT INTO district (code, name_zh, name_en, boundary)
				VALUES ('T1', '测试区', 'Test', ST_Multi(ST_MakeEnvelope(114.2, 29.8, 114.4, 30.0, 4326)))
				""").update();
		station("OPEN", 114.3, 29.9);
		double squareKm2 = jdbc.sql("SELECT ST_Area(boundary::geography) / 1e6 FROM district")
			.query(Double.class)
			.single();

		UncoveredArea area = coverage.uncoveredArea(OPEN_POST, go).getFirst();

		assertThat(area.districtKm2()).isCloseTo(squareKm2, within(1e-6));
		assertThat(area.uncoveredKm2()).isCloseTo(squareKm2 - Math.PI, within(0.01));
		assertThat(area.uncoveredPercent()).isCloseTo(100 * (squareKm2 - Math.PI) / squareKm2, within(0.01));
		assertThat(area.geometryGeoJson()).contains("Polygon");
		// the shape drawn is simplified for the map, but still the same area within 1 %
		double drawnKm2 = jdbc.sql("SELECT ST_Area(ST_SetSRID(ST_GeomFromGeoJSON(:g), 4326)::geography) / 1e6")
			.param("g", area.geometryGeoJson())
			.query(Double.class)
			.single();
		assertThat(drawnKm2).isCloseTo(area.uncoveredKm2(), within(0.01 * area.uncoveredKm2()));
	}

	@Test
	void circles_of_stations_outside_a_district_that_reach_into_it_take_their_part_at_any_latitude() {
		jdbc.sql("DELETE FROM kpi_progress WHERE district_id IS NOT NULL").update();
		jdbc.sql("DELETE FROM district").update();
		// 0.1° squares at 30° N and at 65° N (where a degree of longitude is 47 km): a
		// station 600 m east and one 600 m north of each, outside it, whose 1 km circles
		// reach in; one 1,100 m west, whose circle does not
		for (double south : new double[] { 30.0, 65.0 }) {
			jdbc.sql("""
					INSERT INTO district (code, name_zh, name_en, boundary)
					VALUES (:code, :code, :code, ST_Multi(ST_MakeEnvelope(114.0, :s, 114.1, :s + 0.1, 4326)))
					""").param("code", "T" + (int) south).param("s", south).update();
			for (double[] at : new double[][] { { 0.6, 90 }, { 0.6, 0 }, { 1.1, 270 } }) {
				jdbc.sql(
						"""
								INSERT INTO station (type, name, address, location, status)
								VALUES ('UNION_POST_STATION', 'S' || nextval('station_seq'), '',
								        ST_Project(ST_SetSRID(ST_MakePoint(CASE WHEN :az = 90 THEN 114.1 WHEN :az = 270 THEN 114.0
								                                                ELSE 114.05 END,
								                                           CASE WHEN :az = 0 THEN :s + 0.1 ELSE :s + 0.05 END),
								                              4326)::geography, :m * 1000, radians(:az))::geometry, 'OPEN')
								""")
					.param("az", at[1])
					.param("s", south)
					.param("m", at[0])
					.update();
			}
		}
		// independently: each square minus every circle, the circles unioned all together
		Map<String, Double> expected = new HashMap<>();
		jdbc.sql("""
				SELECT d.code, ST_Area(ST_Difference(d.boundary,
				           (SELECT ST_Union(ST_Buffer(s.location::geography, 1000, 'quad_segs=32')::geometry)
				            FROM station s))::geography) / 1e6 AS km2,
				       ST_Area(d.boundary::geography) / 1e6 AS whole
				FROM district d""").query((rs, i) -> {
			assertThat(rs.getDouble("whole") - rs.getDouble("km2")).as("two circle segments inside " + rs.getString(1))
				.isBetween(0.5, 2.0);
			return expected.put(rs.getString("code"), rs.getDouble("km2"));
		}).list();

		assertThat(coverage.uncoveredArea(OPEN_POST, go)).hasSize(2)
			.allSatisfy(a -> assertThat(a.uncoveredKm2()).as(a.districtCode())
				.isCloseTo(expected.get(a.districtCode()), within(1e-6)));
	}

	@Test
	void counts_match_a_brute_force_great_circle_computation() {
		Random random = new Random(20261122);
		int radius = standards.radius(StationType.UNION_POST_STATION);
		List<double[]> stations = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			double[] s = { 114.10 + random.nextDouble() * 0.45, 29.70 + random.nextDouble() * 0.35 };
			stations.add(s);
			station(random.nextInt(5) == 0 ? "PLANNED" : "OPEN", s[0], s[1]);
		}
		long expectedPoints = 0;
		long expectedWorkers = 0;
		long totalWorkers = 0;
		int inserted = 0;
		while (inserted < 800) {
			double lon = 114.10 + random.nextDouble() * 0.45;
			double lat = 29.70 + random.nextDouble() * 0.35;
			double nearest = Double.MAX_VALUE;
			for (int i = 0; i < stations.size(); i++) {
				if (openFlags.get(i)) {
					nearest = Math.min(nearest, haversine(lon, lat, stations.get(i)[0], stations.get(i)[1]));
				}
			}
			// a sphere and the spheroid differ by up to ~0.5 %: skip points too close to
			// the edge to call
			if (Math.abs(nearest - radius) < radius * 0.006) {
				continue;
			}
			int workers = 1 + random.nextInt(500);
			point("随机" + inserted, workers, lon, lat);
			inserted++;
			totalWorkers += workers;
			if (nearest <= radius) {
				expectedPoints++;
				expectedWorkers += workers;
			}
		}
		jdbc.sql(
				"UPDATE demand_point dp SET district_id = d.id FROM district d WHERE ST_Contains(d.boundary, dp.location)")
			.update();

		CoverageRow city = city(coverage.report(OPEN_POST, go));
		assertThat(city.points()).isEqualTo(800);
		assertThat(city.workers()).isEqualTo(totalWorkers);
		assertThat(city.coveredPoints()).isEqualTo(expectedPoints);
		assertThat(city.coveredWorkers()).isEqualTo(expectedWorkers);
		assertThat(expectedPoints).as("the layout has both covered and uncovered points").isBetween(50L, 750L);
		// the per-district rows add up to the city
		List<CoverageRow> rows = coverage.report(OPEN_POST, go);
		assertThat(rows.stream().filter(r -> !r.isCityTotal()).mapToLong(CoverageRow::coveredWorkers).sum())
			.isEqualTo(expectedWorkers);
		// and the hex grid holds exactly the uncovered workers
		assertThat(coverage.hexGrid(OPEN_POST, 1000, go).stream().mapToLong(HexCell::uncoveredWorkers).sum())
			.isEqualTo(totalWorkers - expectedWorkers);
		assertThat(coverage.uncovered(OPEN_POST, go)).hasSize((int) (800 - expectedPoints));
		// and so does a run
		CoverageRun run = coverage.run(OPEN_POST, go);
		assertThat(run.rows()).isEqualTo(rows);
		assertThat(coverage.uncoveredCount(run)).isEqualTo(800 - expectedPoints);
		assertThat(maps.hexGridInView(run, 1000, 114.0, 29.6, 114.7, 30.1, go)
			.stream()
			.mapToLong(HexCell::uncoveredWorkers)
			.sum()).isEqualTo(totalWorkers - expectedWorkers);
	}

	@Test
	void siting_picks_the_sites_that_add_the_most_workers() {
		station("OPEN", 114.32, 29.84);
		point("已覆盖", 100, 114.3205, 29.8405);
		// three clusters of uncovered demand, far apart
		cluster(114.50, 29.60, 3, 40); // 120 workers
		cluster(114.10, 29.95, 2, 30); // 60
		cluster(114.00, 29.50, 1, 25); // 25
		List<Candidate> candidates = List.of(new Candidate("诱饵", 113.95, 29.30), new Candidate("A", 114.50, 29.60),
				new Candidate("B", 114.10, 29.95), new Candidate("C", 114.00, 29.50));

		List<SitingSuggestion> picks = coverage.suggestSites(OPEN_POST, 2, 1000, candidates, go, Progress.NONE);

		assertThat(picks).extracting(SitingSuggestion::label).containsExactly("A", "B");
		assertThat(picks).extracting(SitingSuggestion::addedWorkers).containsExactly(120L, 60L);
		// 100 covered before; total 305
		assertThat(picks.get(0).cityCoveragePercentAfter()).isCloseTo(100.0 * 220 / 305, within(1e-9));
		assertThat(picks.get(1).cityCoveragePercentAfter()).isCloseTo(100.0 * 280 / 305, within(1e-9));
		assertThat(coverage.suggestSites(coverage.run(OPEN_POST, go), 2, 1000, candidates, go, Progress.NONE))
			.isEqualTo(picks);
	}

	@Test
	void siting_from_hexagon_centres_finds_the_cluster() {
		cluster(114.30, 29.85, 4, 50);
		List<SitingSuggestion> picks = coverage.suggestSites(OPEN_POST, 1, 500, List.of(), go, Progress.NONE);
		assertThat(picks).hasSize(1);
		assertThat(picks.getFirst().addedWorkers()).isEqualTo(200);
		assertThat(haversine(picks.getFirst().longitude(), picks.getFirst().latitude(), 114.30, 29.85))
			.isLessThan(1000);
		assertThat(coverage.suggestSites(coverage.run(OPEN_POST, go), 1, 500, List.of(), go, Progress.NONE))
			.isEqualTo(picks);
	}

	@Test
	@WithUserDetails("leader")
	void leaders_read_analyses_but_cannot_run_siting_or_change_the_standard() {
		assertThat(coverage.report(OPEN_POST, go)).isNotEmpty();
		assertThatThrownBy(() -> coverage.suggestSites(OPEN_POST, 1, 1000, List.of(), go, Progress.NONE))
			.isInstanceOf(AccessDeniedException.class);
		CoverageRun run = coverage.run(OPEN_POST, go);
		assertThatThrownBy(() -> coverage.suggestSites(run, 1, 1000, List.of(), go, Progress.NONE))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> standards.setRadius(StationType.UNION_POST_STATION, 900, 0))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_cancelled_analysis_stops_with_nothing_changed() {
		Cancellation cancelled = coverage.newCancellation();
		cancelled.cancel();
		assertThatThrownBy(() -> coverage.report(OPEN_POST, cancelled)).isInstanceOf(AnalysisCancelledException.class);
		assertThatThrownBy(() -> coverage.run(OPEN_POST, cancelled)).isInstanceOf(AnalysisCancelledException.class);
	}

	/**
	 * Whether each station this test inserted is open, in insertion order (for the brute
	 * force).
	 */
	private final List<Boolean> openFlags = new ArrayList<>();

	private void station(String status, double lon, double lat) {
		openFlags.add("OPEN".equals(status));
		jdbc.sql(
				"""
						INSERT INTO station (type, name, address, location, status)
						VALUES ('UNION_POST_STATION', 'S' || nextval('station_seq'), '', ST_SetSRID(ST_MakePoint(:lon, :lat), 4326),
						        :status)
						""")
			.param("lon", lon)
			.param("lat", lat)
			.param("status", status)
			.update();
	}

	/**
	 * An open station {@code metres} from the point along the geodesic of the azimuth
	 * (degrees clockwise from north), on the spheroid.
	 */
	private void stationProjected(double lon, double lat, double metres, double azimuth) {
		openFlags.add(true);
		jdbc.sql(
				"""
						INSERT INTO station (type, name, address, location, status)
						VALUES ('UNION_POST_STATION', 'S' || nextval('station_seq'), '',
						        ST_Project(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, :metres, radians(:azimuth))::geometry,
						        'OPEN')
						""")
			.param("lon", lon)
			.param("lat", lat)
			.param("metres", metres)
			.param("azimuth", azimuth)
			.update();
	}

	/**
	 * The least distance on the spheroid from the point to any station, by brute force.
	 */
	private double exactNearestMetres(double lon, double lat) {
		return jdbc
			.sql("""
					SELECT min(ST_Distance(location::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, true))
					FROM station
					""")
			.param("lon", lon)
			.param("lat", lat)
			.query(Double.class)
			.single();
	}

	/** Where the station nearest on the spheroid comes in the order of {@code <->}. */
	private int sphereRankOfTheSpheroidNearest(double lon, double lat) {
		return jdbc.sql("""
				WITH p AS (SELECT ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography AS g),
				     ranked AS (SELECT row_number() OVER (ORDER BY s.location::geography <-> p.g) AS knn_rank,
				                       ST_Distance(s.location::geography, p.g, true) AS metres
				                FROM station s, p)
				SELECT knn_rank FROM ranked ORDER BY metres LIMIT 1
				""").param("lon", lon).param("lat", lat).query(Integer.class).single();
	}

	private void point(String name, int workers, double lon, double lat) {
		jdbc.sql(
				"""
						INSERT INTO demand_point (category, name, workers, location, district_id)
						VALUES ('ENTERPRISE', :name, :workers, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326),
						        (SELECT id FROM district WHERE ST_Contains(boundary, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))))
						""")
			.param("name", name)
			.param("workers", workers)
			.param("lon", lon)
			.param("lat", lat)
			.update();
	}

	/** {@code n} points of {@code workers} each, within 300 m of a centre. */
	private void cluster(double lon, double lat, int n, int workers) {
		for (int i = 0; i < n; i++) {
			point("簇" + lon + "," + lat + "#" + i, workers, lon + 0.001 * i, lat + 0.0005 * i);
		}
	}

	private static CoverageRow city(List<CoverageRow> rows) {
		return rows.stream().filter(CoverageRow::isCityTotal).findFirst().orElseThrow();
	}

	/**
	 * Latitude degrees for {@code metres} due north, from the meridional radius of
	 * curvature.
	 */
	private static double degreesNorth(double lat, double metres) {
		double s = Math.sin(Math.toRadians(lat));
		double m = A * (1 - E2) / Math.pow(1 - E2 * s * s, 1.5);
		return Math.toDegrees(metres / m);
	}

	/** Great-circle distance on a sphere of the mean Earth radius, in metres. */
	private static double haversine(double lon1, double lat1, double lon2, double lat2) {
		double r = 6371008.8;
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * r * Math.asin(Math.sqrt(h));
	}

}
