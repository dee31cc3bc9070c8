package org.unionstations.portal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.geo.BinGrid;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.TestClock;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.table.Csv;
import org.unionstations.portal.base.table.TableRow;
import org.unionstations.portal.coverage.CoverageMapData.MapBin;
import org.unionstations.portal.station.StationType;

/**
 * A coverage run gives what the analyses gave before it (report, uncovered list with
 * exact distances, siting), now a page, a viewport or a batch at a time; on the Xianning
 * demo data and on crafted layouts (inside each test's transaction, rolled back).
 */
@PortalIT
@Transactional
@WithUserDetails("planner")
class CoverageRunIT {

	private static final CoverageScope OPEN_POST = new CoverageScope(StationType.UNION_POST_STATION, false);

	/** The whole demo city and more. */
	private static final double[] XIANNING = { 113.3, 28.7, 115.2, 30.4 };

	@Autowired
	CoverageService coverage;

	@Autowired
	CoverageMapService maps;

	@Autowired
	CoverageExportService exports;

	@Autowired
	CoverageRunCleanup cleanup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	private final Cancellation go = new Cancellation(pid -> {
	});

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void a_run_reports_what_the_report_does_and_its_pages_make_up_the_old_list() {
		List<CoverageRow> report = coverage.report(OPEN_POST, go);
		List<UncoveredPoint> old = coverage.uncovered(OPEN_POST, go);

		CoverageRun run = coverage.run(OPEN_POST, go);

		assertThat(run.rows()).isEqualTo(report);
		assertThat(run.city().uncoveredPoints()).isEqualTo(old.size()).isGreaterThan(1000);
		assertThat(coverage.uncoveredCount(run)).isEqualTo(old.size());
		assertThat(pages(run, UncoveredSort.WORKERS, 500)).isEqualTo(old);
		// a page in the middle, of an odd size
		assertThat(coverage.uncoveredPage(run, UncoveredSort.WORKERS, 777, 33)).isEqualTo(old.subList(777, 810));
		assertThat(coverage.uncoveredPage(run, UncoveredSort.WORKERS, old.size(), 50)).isEmpty();
	}

	@Test
	void the_pages_hold_every_uncovered_point_with_its_least_spheroid_distance_computed_by_brute_force() {
		CoverageRun run = coverage.run(OPEN_POST, go);
		// every open union post station's distance to every point outside all radii
		List<Object[]> expected = jdbc.sql("""
				SELECT dp.id, (SELECT min(ST_Distance(s.location::geography, dp.location::geography, true))
				               FROM station s WHERE s.type = 'UNION_POST_STATION' AND s.status = 'OPEN') AS metres
				FROM demand_point dp
				WHERE NOT EXISTS (SELECT 1 FROM station s
				                  WHERE s.type = 'UNION_POST_STATION' AND s.status = 'OPEN'
				                    AND ST_DWithin(s.location::geography, dp.location::geography, :radius))
				ORDER BY dp.workers DESC, dp.id
				""")
			.param("radius", run.radius())
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getDouble(2) })
			.list();
		List<UncoveredPoint> pages = pages(run, UncoveredSort.WORKERS, 300);
		assertThat(pages).extracting(UncoveredPoint::id)
			.containsExactlyElementsOf(expected.stream().map(r -> (Long) r[0]).toList());
		for (int i = 0; i < pages.size(); i++) {
			assertThat(pages.get(i).nearestStationMetres()).isEqualTo((Double) expected.get(i)[1]);
		}
	}

	@Test
	void sorted_by_distance_the_pages_are_the_old_list_farthest_first_once_the_distances_are_stored() {
		List<UncoveredPoint> old = coverage.uncovered(OPEN_POST, go);
		CoverageRun run = coverage.run(OPEN_POST, go);
		assertThat(coverage.distancesReady(run)).isFalse();
		assertThatThrownBy(() -> coverage.uncoveredPage(run, UncoveredSort.DISTANCE, 0, 10))
			.isInstanceOf(IllegalStateException.class);

		List<Double> progress = new ArrayList<>();
		coverage.distances(run, go, (step, fraction) -> progress.add(fraction));

		assertThat(coverage.distancesReady(run)).isTrue();
		assertThat(coverage.distancesProgress(run)).isEqualTo(1.0);
		assertThat(progress).isNotEmpty().isSorted().last().isEqualTo(1.0);
		List<UncoveredPoint> expected = new ArrayList<>(old);
		expected.sort(Comparator
			.comparing(UncoveredPoint::nearestStationMetres, Comparator.nullsFirst(Comparator.<Double>reverseOrder()))
			.thenComparing(UncoveredPoint::id));
		assertThat(pages(run, UncoveredSort.DISTANCE, 400)).isEqualTo(expected);
		// and the stored distances do not change the list by workers
		assertThat(pages(run, UncoveredSort.WORKERS, 1000)).isEqualTo(old);
	}

	@Test
	void the_nearest_station_stays_exact_when_more_stations_than_candidates_are_nearly_equidistant() {
		emptyWorld();
		// as in CoverageAnalysisIT: eight stations 3,004–3,011 m away rank before the one
		// 3,000 m due north on the sphere; and a second point with two nearly equidistant
		double lon = 114.32;
		double lat = 29.84;
		point("八站环绕", 10, lon, lat);
		int[] azimuths = { 80, 85, 90, 95, 265, 270, 275, 100 };
		for (int i = 0; i < azimuths.length; i++) {
			stationProjected(lon, lat, 3004.0 + i, azimuths[i]);
		}
		stationProjected(lon, lat, 3000.0, 0);
		point("两站几乎等距", 20, 114.60, 29.60);
		stationProjected(114.60, 29.60, 3005.0, 90);
		stationProjected(114.60, 29.60, 3000.0, 0);

		List<UncoveredPoint> old = coverage.uncovered(OPEN_POST, go);
		CoverageRun run = coverage.run(OPEN_POST, go);
		List<UncoveredPoint> page = coverage.uncoveredPage(run, UncoveredSort.WORKERS, 0, 10);
		assertThat(page).isEqualTo(old).hasSize(2);
		assertThat(page).allSatisfy(p -> assertThat(p.nearestStationMetres()).isCloseTo(3000.0, within(0.01)));
		coverage.distances(run, go, Progress.NONE);
		assertThat(coverage.uncoveredPage(run, UncoveredSort.DISTANCE, 0, 10)).extracting(UncoveredPoint::id)
			.containsExactlyInAnyOrderElementsOf(old.stream().map(UncoveredPoint::id).toList());
		assertThat(coverage.uncoveredPage(run, UncoveredSort.DISTANCE, 0, 10))
			.extracting(UncoveredPoint::nearestStationMetres)
			.containsExactlyInAnyOrderElementsOf(old.stream().map(UncoveredPoint::nearestStationMetres).toList());
	}

	@Test
	void without_any_counted_station_every_point_is_uncovered_with_no_distance() {
		jdbc.sql("DELETE FROM station WHERE type = 'WORKERS_HOME'").update();
		CoverageRun run = coverage.run(new CoverageScope(StationType.WORKERS_HOME, false), go);
		coverage.distances(run, go, Progress.NONE);
		long points = jdbc.sql("SELECT count(*) FROM demand_point").query(Long.class).single();
		assertThat(coverage.uncoveredCount(run)).isEqualTo(points);
		assertThat(coverage.uncoveredPage(run, UncoveredSort.DISTANCE, 0, 5))
			.allSatisfy(p -> assertThat(p.nearestStationMetres()).isNull());
	}

	@Test
	void demand_points_imported_after_the_run_are_not_part_of_it() {
		CoverageRun run = coverage.run(OPEN_POST, go);
		long before = coverage.uncoveredCount(run);
		point("运行后新增", 999_999, 114.60, 29.45);
		assertThat(coverage.uncoveredCount(run)).isEqualTo(before);
		assertThat(coverage.uncoveredPage(run, UncoveredSort.WORKERS, 0, 1).getFirst().name()).isNotEqualTo("运行后新增");
		assertThat(coverage.run(OPEN_POST, go).city().uncoveredPoints()).isEqualTo(before + 1);
	}

	@Test
	void bins_and_points_in_a_view_hold_exactly_the_uncovered_points_counted_directly() {
		// the demo city has fewer than 2,000 uncovered points: 1,000 more south-east of
		// it, far
		// from any station
		jdbc.sql("""
				INSERT INTO demand_point (category, name, workers, location)
				SELECT 'COMMUNITY', '东南' || g, 1 + g % 13,
				       ST_SetSRID(ST_MakePoint(115.05 + (g % 30) * 0.004, 28.75 + (g / 30) * 0.004), 4326)
				FROM generate_series(0, 999) g
				""").update();
		CoverageRun run = coverage.run(OPEN_POST, go);
		// the whole city in 0.05° × 0.04° cells: more than 2,000 uncovered points, so
		// bins
		CoverageMapData<DemandMapPoint> city = maps.uncoveredInView(run,
				new BinGrid(XIANNING[0], XIANNING[1], XIANNING[2], XIANNING[3], 0.05, 0.04));
		assertThat(city.binned()).isTrue();
		assertThat(city.points()).isEmpty();
		long[] expected = uncoveredInBox(XIANNING);
		assertThat(city.bins().stream().mapToLong(MapBin::count).sum()).isEqualTo(expected[0]).isGreaterThan(2000);
		assertThat(city.bins().stream().mapToLong(MapBin::workers).sum()).isEqualTo(expected[1]);
		for (MapBin bin : city.bins()) {
			assertThat(bin.longitude()).isBetween(bin.gx() * 0.05, (bin.gx() + 1) * 0.05);
			assertThat(bin.latitude()).isBetween(bin.gy() * 0.04, (bin.gy() + 1) * 0.04);
		}
		// a box that cuts through the city holds the points inside it only
		double[] west = { 113.3, 28.7, 114.3, 30.4 };
		CoverageMapData<DemandMapPoint> half = maps.uncoveredInView(run,
				new BinGrid(west[0], west[1], west[2], west[3], 0.05, 0.04));
		long[] inWest = uncoveredInBox(west);
		assertThat(inWest[0]).isBetween(1L, expected[0] - 1);
		if (half.binned()) {
			assertThat(half.bins().stream().mapToLong(MapBin::count).sum()).isEqualTo(inWest[0]);
			assertThat(half.bins().stream().mapToLong(MapBin::workers).sum()).isEqualTo(inWest[1]);
		}
		else {
			assertThat(half.points()).hasSize((int) inWest[0]);
			assertThat(half.points().stream().mapToLong(DemandMapPoint::workers).sum()).isEqualTo(inWest[1]);
		}
		// a small box: the points themselves, most workers first
		double[] small = { 114.25, 29.80, 114.35, 29.88 };
		CoverageMapData<DemandMapPoint> near = maps.uncoveredInView(run,
				new BinGrid(small[0], small[1], small[2], small[3], 0.005, 0.004));
		long[] inSmall = uncoveredInBox(small);
		assertThat(near.binned()).isFalse();
		assertThat(near.points()).hasSize((int) inSmall[0]).isNotEmpty();
		assertThat(near.points().stream().mapToLong(DemandMapPoint::workers).sum()).isEqualTo(inSmall[1]);
		assertThat(near.points()).isSortedAccordingTo(Comparator.comparing(DemandMapPoint::workers).reversed());
		// all demand, and the counted stations
		CoverageMapData<DemandMapPoint> demand = maps
			.demandInView(new BinGrid(XIANNING[0], XIANNING[1], XIANNING[2], XIANNING[3], 0.05, 0.04));
		assertThat(demand.bins().stream().mapToLong(MapBin::count).sum())
			.isEqualTo(jdbc.sql("SELECT count(*) FROM demand_point").query(Long.class).single());
		CoverageMapData<StationMapPoint> stations = maps.stationsInView(OPEN_POST,
				new BinGrid(XIANNING[0], XIANNING[1], XIANNING[2], XIANNING[3], 0.05, 0.04));
		assertThat(stations.binned()).isFalse();
		assertThat(stations.points()).extracting(StationMapPoint::id).containsExactlyElementsOf(jdbc.sql("""
				SELECT id FROM station WHERE type = 'UNION_POST_STATION' AND status = 'OPEN' ORDER BY id
				""").query(Long.class).list());
	}

	@Test
	void a_view_switches_from_points_to_bins_above_two_thousand_points() {
		emptyWorld();
		double[] box = { 114.0, 29.5, 114.2, 29.7 };
		// 2,000 points in the box (and some outside), no station
		jdbc.sql("""
				INSERT INTO demand_point (category, name, workers, location)
				SELECT 'ENTERPRISE', '点' || g, 1 + g % 7,
				       ST_SetSRID(ST_MakePoint(114.0001 + (g % 50) * 0.0039, 29.5001 + (g / 50) * 0.0049), 4326)
				FROM generate_series(0, 1999) g
				UNION ALL
				SELECT 'MARKET', '外' || g, 5, ST_SetSRID(ST_MakePoint(114.5, 29.9 + g * 0.001), 4326)
				FROM generate_series(1, 10) g
				""").update();
		CoverageRun run = coverage.run(OPEN_POST, go);
		CoverageMapData<DemandMapPoint> atThreshold = maps.uncoveredInView(run,
				new BinGrid(box[0], box[1], box[2], box[3], 0.01, 0.01));
		assertThat(atThreshold.binned()).isFalse();
		assertThat(atThreshold.points()).hasSize(CoverageMapService.MAX_MAP_POINTS);

		point("第 2001 个", 3, 114.1, 29.6);
		CoverageRun again = coverage.run(OPEN_POST, go);
		CoverageMapData<DemandMapPoint> over = maps.uncoveredInView(again,
				new BinGrid(box[0], box[1], box[2], box[3], 0.01, 0.01));
		assertThat(over.binned()).isTrue();
		assertThat(over.bins().stream().mapToLong(MapBin::count).sum()).isEqualTo(2001);
		assertThat(over.bins()).hasSizeLessThanOrEqualTo(21 * 21);
	}

	@Test
	void the_hex_grid_in_view_holds_the_uncovered_workers_and_refuses_a_view_too_large() {
		CoverageRun run = coverage.run(OPEN_POST, go);
		List<HexCell> hexes = maps.hexGridInView(run, 1000, XIANNING[0], XIANNING[1], XIANNING[2], XIANNING[3], go);
		assertThat(hexes.stream().mapToLong(HexCell::uncoveredWorkers).sum()).isEqualTo(run.city().uncoveredWorkers());
		assertThat(hexes.stream().mapToLong(HexCell::uncoveredPoints).sum()).isEqualTo(run.city().uncoveredPoints());
		// the same hexagons as the old grid of the whole city
		assertThat(hexes.stream().map(HexCell::uncoveredWorkers).sorted().toList())
			.isEqualTo(coverage.hexGrid(OPEN_POST, 1000, go).stream().map(HexCell::uncoveredWorkers).sorted().toList());
		// a small view: only hexagons that meet it, each with all its points
		List<HexCell> few = maps.hexGridInView(run, 1000, 114.25, 29.80, 114.35, 29.88, go);
		assertThat(few).isNotEmpty().hasSizeLessThan(hexes.size());
		assertThat(few).allSatisfy(h -> assertThat(hexes).contains(h));

		assertThatThrownBy(() -> maps.hexGridInView(run, 500, 108.0, 29.0, 116.0, 33.0, go)).isInstanceOfSatisfying(
				InvalidInputException.class,
				e -> assertThat(e.problems()).extracting(p -> p.field() + ":" + p.messageKey())
					.containsExactly("hexSize:coverage.validation.hex-zoom-in"));
	}

	@Test
	void siting_from_a_run_suggests_what_siting_did() {
		CoverageRun run = coverage.run(OPEN_POST, go);
		assertThat(coverage.suggestSites(run, 5, 1000, List.of(), go, Progress.NONE))
			.isEqualTo(coverage.suggestSites(OPEN_POST, 5, 1000, List.of(), go, Progress.NONE));
		List<Candidate> uploaded = coverage.uncovered(OPEN_POST, go)
			.stream()
			.limit(30)
			.map(p -> new Candidate("C" + p.id(), p.longitude() + 0.001, p.latitude()))
			.toList();
		assertThat(coverage.suggestSites(run, 10, 1000, uploaded, go, Progress.NONE))
			.isEqualTo(coverage.suggestSites(OPEN_POST, 10, 1000, uploaded, go, Progress.NONE))
			.isNotEmpty();
	}

	@Test
	void the_csv_export_holds_every_uncovered_point_in_the_list_s_order() {
		CoverageRun run = coverage.run(OPEN_POST, go);
		List<UncoveredPoint> old = coverage.uncovered(OPEN_POST, go);
		List<TableRow> rows = csv(run);
		assertThat(rows).hasSize(1 + (int) coverage.uncoveredCount(run));
		assertThat(rows.getFirst().cells()).containsExactly("名称", "类别", "职工人数", "距最近站点（米）", "所属区县", "经度", "纬度");
		for (int i : new int[] { 0, 1, old.size() / 2, old.size() - 1 }) {
			UncoveredPoint p = old.get(i);
			assertThat(rows.get(i + 1).cells().get(0)).isEqualTo(p.name());
			assertThat(rows.get(i + 1).cells().get(2)).isEqualTo(String.valueOf(p.workers()));
			assertThat(rows.get(i + 1).cells().get(3)).isEqualTo(String.valueOf(Math.round(p.nearestStationMetres())));
		}
		// the same file once the distances are stored
		coverage.distances(run, go, Progress.NONE);
		assertThat(csv(run)).isEqualTo(rows);
	}

	@Test
	void a_workbook_from_a_run_says_how_many_uncovered_points_did_not_fit() throws Exception {
		CoverageRun run = coverage.run(OPEN_POST, go);
		long total = coverage.uncoveredCount(run);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.xlsx(run, coverage.uncoveredArea(run, go), List.of(), false, Locale.ENGLISH, out, 101);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(out.toByteArray()))) {
			var sheet = workbook.getSheetAt(1);
			assertThat(sheet.getSheetName()).isEqualTo("Uncovered demand");
			assertThat(sheet.getLastRowNum()).isEqualTo(100);
			assertThat(sheet.getRow(99).getCell(0).getStringCellValue())
				.isEqualTo(coverage.uncoveredPage(run, UncoveredSort.WORKERS, 98, 1).getFirst().name());
			assertThat(sheet.getRow(100).getCell(0).getStringCellValue()).isEqualTo(String.format(Locale.ENGLISH,
					"%,d more uncovered demand points are not listed (an Excel sheet holds 101 rows): "
							+ "export the CSV for the full list",
					total - 99));
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(run.rows().size());
			assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(6);
		}
	}

	@Test
	void an_expired_run_says_so_everywhere() {
		CoverageRun run = coverage.run(OPEN_POST, go);
		clock.fixAt(LocalDate.now(clock).plusDays(1));
		assertThat(cleanup.removeOld()).isGreaterThanOrEqualTo(1);

		List<Runnable> uses = List.of(() -> coverage.uncoveredPage(run, UncoveredSort.WORKERS, 0, 10),
				() -> coverage.uncoveredCount(run), () -> coverage.distancesReady(run),
				() -> coverage.distances(run, go, Progress.NONE),
				() -> maps.uncoveredInView(run, new BinGrid(114, 29, 115, 30, 0.1, 0.1)),
				() -> maps.hexGridInView(run, 1000, 114.2, 29.8, 114.4, 29.9, go),
				() -> coverage.suggestSites(run, 1, 1000, List.of(), go, Progress.NONE),
				() -> exports.exportUncovered(run, Locale.ENGLISH, new ByteArrayOutputStream()));
		for (Runnable use : uses) {
			assertThatThrownBy(use::run).isInstanceOfSatisfying(CoverageRunExpiredException.class,
					e -> assertThat(e.messageKey()).isEqualTo("coverage.run.expired"));
		}
	}

	@Test
	void only_the_twenty_newest_runs_are_kept() {
		List<CoverageRun> made = new ArrayList<>();
		for (int i = 0; i < CoverageRunCleanup.KEEP_RUNS + 2; i++) {
			made.add(coverage.run(new CoverageScope(StationType.MOTHER_BABY_ROOM, false), go));
		}
		coverage.distances(made.getFirst(), go, Progress.NONE);
		assertThat(rowsOf(made.getFirst())).isPositive();
		cleanup.removeOld();
		assertThatThrownBy(() -> coverage.uncoveredCount(made.getFirst()))
			.isInstanceOf(CoverageRunExpiredException.class);
		assertThat(rowsOf(made.getFirst())).isZero();
		assertThat(rowsOf(made.getLast())).isPositive();
		assertThat(coverage.distancesReady(made.getLast())).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM coverage_run").query(Long.class).single())
			.isEqualTo(CoverageRunCleanup.KEEP_RUNS);
	}

	@Test
	@WithUserDetails("leader")
	void a_leader_runs_the_analysis_but_not_siting() {
		CoverageRun run = coverage.run(OPEN_POST, go);
		assertThat(coverage.uncoveredPage(run, UncoveredSort.WORKERS, 0, 5)).hasSize(5);
		assertThatThrownBy(() -> coverage.suggestSites(run, 1, 1000, List.of(), go, Progress.NONE))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("operator")
	void an_operator_gets_no_run() {
		assertThatThrownBy(() -> coverage.run(OPEN_POST, go)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> maps.demandInView(new BinGrid(114, 29, 115, 30, 0.1, 0.1)))
			.isInstanceOf(AccessDeniedException.class);
	}

	/** The run's covered and distance rows. */
	private long rowsOf(CoverageRun run) {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM coverage_run_covered WHERE run_id = :run)
				       + (SELECT count(*) FROM coverage_run_distance WHERE run_id = :run)
				""").param("run", run.id()).query(Long.class).single();
	}

	private List<UncoveredPoint> pages(CoverageRun run, UncoveredSort sort, int size) {
		List<UncoveredPoint> all = new ArrayList<>();
		for (int offset = 0;; offset += size) {
			List<UncoveredPoint> page = coverage.uncoveredPage(run, sort, offset, size);
			all.addAll(page);
			if (page.size() < size) {
				return all;
			}
		}
	}

	private List<TableRow> csv(CoverageRun run) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.exportUncovered(run, Locale.SIMPLIFIED_CHINESE, out);
		return Csv.read(out.toByteArray());
	}

	/**
	 * Uncovered points and their workers in a box, by the plain geography join: no open
	 * union post station within its radius.
	 */
	private long[] uncoveredInBox(double[] box) {
		Map<String, Object> row = jdbc.sql("""
				SELECT count(*) AS points, coalesce(sum(workers), 0) AS workers
				FROM demand_point dp
				WHERE ST_Intersects(dp.location, ST_MakeEnvelope(:w, :s, :e, :n, 4326))
				  AND NOT EXISTS (SELECT 1 FROM station s
				                  WHERE s.type = 'UNION_POST_STATION' AND s.status = 'OPEN'
				                    AND ST_DWithin(s.location::geography, dp.location::geography,
				                                   (SELECT radius_m FROM coverage_standard
				                                    WHERE station_type = 'UNION_POST_STATION')))
				""").param("w", box[0]).param("s", box[1]).param("e", box[2]).param("n", box[3]).query().singleRow();
		return new long[] { ((Number) row.get("points")).longValue(), ((Number) row.get("workers")).longValue() };
	}

	private void emptyWorld() {
		jdbc.sql("DELETE FROM demand_point").update();
		jdbc.sql("DELETE FROM station").update();
	}

	private void stationProjected(double lon, double lat, double metres, double azimuth) {
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

}
