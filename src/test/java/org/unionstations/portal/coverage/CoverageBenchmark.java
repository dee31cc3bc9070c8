package org.unionstations.portal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstations.portal.coverage.CoverageBenchmarkData.CITY;
import static org.unionstations.portal.coverage.CoverageBenchmarkData.NATIONAL;
import static org.unionstations.portal.coverage.CoverageBenchmarkData.PROVINCE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionstations.portal.base.geo.BinGrid;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.coverage.CoverageBenchmarkData.Loaded;
import org.unionstations.portal.coverage.CoverageBenchmarkData.Scale;
import org.unionstations.portal.station.CoverageStandardService;
import org.unionstations.portal.station.StationType;

/**
 * Figures for the coverage analyses on synthetic data at three scales: a city (Xianning,
 * 100 km × 130 km), a province (Hubei, 500 km × 350 km) and eastern/central China (lon
 * 100–122, lat 20–45). Not a timed test: it prints {@code BENCHMARK} lines and asserts
 * only that the answers are right. Run it with {@code scripts/benchmark.sh
 * CoverageBenchmark}, against a database of its own ({@code PORTAL_TEST_DB_NAME}): each
 * scale replaces the stations, demand points and districts there, and the end restores
 * the schema and demo data (Flyway clean and migrate).
 *
 * <p>
 * Data: {@link CoverageBenchmarkData} (shared with {@code CoverageScreenBenchmark}, which
 * times the same analyses on screen in Chromium). Full query plans go to
 * {@code target/benchmark-plans/}.
 */
@PortalIT
@WithUserDetails("planner")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoverageBenchmark {

	static final CoverageScope OPEN_POST = new CoverageScope(StationType.UNION_POST_STATION, false);

	static final Path PLANS = Path.of("target", "benchmark-plans");

	/**
	 * The reference answer: points within the radius of an open station by the plain
	 * geography join through the geography index, nothing clever.
	 */
	private static final String REFERENCE = """
			SELECT count(*) AS points, coalesce(sum(workers), 0) AS workers
			FROM demand_point
			WHERE id IN (SELECT dp.id
			             FROM station s
			             JOIN demand_point dp ON ST_DWithin(s.location::geography, dp.location::geography, :radius)
			             WHERE s.type = :type AND s.status IN (:statuses))
			""";

	private static final Pattern PLAN_NODE = Pattern.compile(
			"^(\\s*)(?:->\\s+)?(.+?)\\s+\\(cost=[^)]*\\)\\s+\\(actual time=[\\d.]+\\.\\.([\\d.]+) rows=(\\d+) loops=(\\d+)\\)");

	@Autowired
	CoverageService coverage;

	@Autowired
	CoverageMapService maps;

	@Autowired
	CoverageStandardService standards;

	@Autowired
	CoverageExportService exports;

	@Autowired
	CoverageSpatialRepository spatial;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Flyway flyway;

	@Test
	@Order(1)
	void city() {
		load(CITY);
		CoverageRow city = report(CITY);
		uncovered(CITY, city);
		coverageRun(CITY, city);
	}

	@Test
	@Order(2)
	void province() {
		load(PROVINCE);
		CoverageRow city = report(PROVINCE);
		coverageRun(PROVINCE, city);
		siting(PROVINCE);
	}

	@Test
	@Order(3)
	void national() {
		load(NATIONAL);
		report(NATIONAL);
	}

	/** Leaves the database as every other test expects it: schema and demo data only. */
	@AfterAll
	void restoreDemoData() {
		data().restoreDemoData();
	}

	private void load(Scale scale) {
		Loaded loaded = data().load(scale);
		assertThat(loaded.stations()).isEqualTo(scale.stations());
		assertThat(loaded.points()).isEqualTo(scale.points());
		print("coverage %s data: %s", scale.name(), loaded.describe());
	}

	/** Timed runs of each analysis: fewer at national scale, where each takes longest. */
	private static int runs(Scale scale) {
		return scale == NATIONAL ? 3 : 5;
	}

	private CoverageBenchmarkData data() {
		return new CoverageBenchmarkData(jdbc, transactions, flyway);
	}

	private CoverageRow report(Scale scale) {
		int radius = standards.radius(OPEN_POST.type());
		Timed<List<CoverageRow>> timed = time(runs(scale),
				() -> coverage.report(OPEN_POST, coverage.newCancellation()));
		List<CoverageRow> rows = timed.result();
		CoverageRow city = rows.stream().filter(CoverageRow::isCityTotal).findFirst().orElseThrow();
		print("coverage %s report: %s, %d stations, %d points", scale.name(), timed, scale.stations(), scale.points());

		// right answers: totals, districts adding up, and the same covered set as the
		// plain geography join
		assertThat(city.points()).isEqualTo(scale.points());
		assertThat(rows.stream().filter(r -> !r.isCityTotal()).mapToLong(CoverageRow::coveredWorkers).sum())
			.isEqualTo(city.coveredWorkers());
		assertThat(rows.stream().filter(r -> !r.isCityTotal()).mapToLong(CoverageRow::points).sum())
			.isEqualTo(city.points());
		long start = System.nanoTime();
		Map<String, Object> reference = inTransaction(() -> jdbc.sql(REFERENCE)
			.params(CoverageSpatialRepository.params(OPEN_POST, radius))
			.query()
			.singleRow());
		double referenceSeconds = (System.nanoTime() - start) / 1e9;
		assertThat(city.coveredPoints()).isEqualTo(((Number) reference.get("points")).longValue());
		assertThat(city.coveredWorkers()).isEqualTo(((Number) reference.get("workers")).longValue());
		print("coverage %s report: %.1f %% of points and %.1f %% of workers covered, the same as the plain geography "
				+ "join (%.2f s, one run)", scale.name(), city.pointCoveragePercent(), city.workerCoveragePercent(),
				referenceSeconds);

		plan(scale.name() + "-report", CoverageSpatialRepository.REPORT,
				CoverageSpatialRepository.params(OPEN_POST, radius));
		return city;
	}

	private void uncovered(Scale scale, CoverageRow city) {
		int radius = standards.radius(OPEN_POST.type());
		Timed<List<UncoveredPoint>> timed = time(runs(scale),
				() -> coverage.uncovered(OPEN_POST, coverage.newCancellation()));
		List<UncoveredPoint> points = timed.result();
		assertThat(points).hasSize((int) city.uncoveredPoints());
		assertThat(points).allSatisfy(p -> assertThat(p.nearestStationMetres()).isGreaterThan(radius));
		print("coverage %s uncovered: %s, %d uncovered points", scale.name(), timed, points.size());
		plan(scale.name() + "-uncovered", CoverageSpatialRepository.UNCOVERED,
				CoverageSpatialRepository.params(OPEN_POST, radius));
	}

	/**
	 * Issue 11's run API: the run (covered set materialised, report from it), its
	 * distance phase in the background (from the run's return to ready), the uncovered
	 * list's first page and page 100 by workers, by distance, the count, map data of
	 * uncovered points, all demand and stations at zooms 5, 8 and 12 (a 1920 × 1080
	 * screen on the area's centre, 64-pixel cells), a hex grid in view, and the CSV of
	 * every uncovered point.
	 */
	private void coverageRun(Scale scale, CoverageRow report) {
		int radius = standards.radius(OPEN_POST.type());
		List<Double> runSeconds = new ArrayList<>();
		List<Double> distanceSeconds = new ArrayList<>();
		CoverageRun run = null;
		for (int i = 0; i < 4; i++) {
			long start = System.nanoTime();
			run = coverage.run(OPEN_POST, coverage.newCancellation());
			long returned = System.nanoTime();
			while (!coverage.distancesReady(run)) {
				sleep(50);
			}
			if (i > 0) {
				runSeconds.add((returned - start) / 1e9);
				distanceSeconds.add((System.nanoTime() - returned) / 1e9);
			}
		}
		CoverageRun last = run;
		assertThat(last.rows()).isEqualTo(coverage.report(OPEN_POST, coverage.newCancellation()));
		print("coverage %s run: %s (covered set materialised + report); load average %.1f", scale.name(),
				timed(runSeconds), load());
		print("coverage %s run distances phase (background, after the run returns, %d uncovered points): %s",
				scale.name(), last.city().uncoveredPoints(), timed(distanceSeconds));

		Timed<List<UncoveredPoint>> first = time(runs(scale),
				() -> coverage.uncoveredPage(last, UncoveredSort.WORKERS, 0, 50));
		assertThat(first.result()).hasSize(50)
			.allSatisfy(p -> assertThat(p.nearestStationMetres()).isGreaterThan(radius));
		print("coverage %s run first page by workers (50 rows): %s", scale.name(), first);
		Timed<List<UncoveredPoint>> hundredth = time(runs(scale),
				() -> coverage.uncoveredPage(last, UncoveredSort.WORKERS, 99 * 50, 50));
		assertThat(hundredth.result()).hasSize(50);
		print("coverage %s run page 100 by workers (rows 4,951–5,000): %s", scale.name(), hundredth);
		Timed<List<UncoveredPoint>> farthest = time(runs(scale),
				() -> coverage.uncoveredPage(last, UncoveredSort.DISTANCE, 0, 50));
		print("coverage %s run first page by distance: %s (farthest %.0f m)", scale.name(), farthest,
				farthest.result().getFirst().nearestStationMetres());
		Timed<Long> count = time(runs(scale), () -> coverage.uncoveredCount(last));
		assertThat(count.result()).isEqualTo(report.uncoveredPoints());
		print("coverage %s run count: %s (%d uncovered points)", scale.name(), count, count.result());

		for (int zoom : new int[] { 5, 8, 12 }) {
			double[] view = view(scale, zoom);
			Timed<CoverageMapData<DemandMapPoint>> uncovered = time(runs(scale), () -> maps.uncoveredInView(last,
					new BinGrid(view[0], view[1], view[2], view[3], view[4], view[5])));
			Timed<CoverageMapData<DemandMapPoint>> demand = time(runs(scale),
					() -> maps.demandInView(new BinGrid(view[0], view[1], view[2], view[3], view[4], view[5])));
			Timed<CoverageMapData<StationMapPoint>> stations = time(runs(scale), () -> maps.stationsInView(OPEN_POST,
					new BinGrid(view[0], view[1], view[2], view[3], view[4], view[5])));
			print("coverage %s map zoom %d (%.3f° × %.3f°): uncovered %s → %s; all demand %s → %s; stations %s → %s",
					scale.name(), zoom, view[2] - view[0], view[3] - view[1], uncovered, shape(uncovered.result()),
					demand, shape(demand.result()), stations, shape(stations.result()));
		}
		double[] hexView = view(scale, 10);
		Timed<List<HexCell>> hexes = time(runs(scale), () -> maps.hexGridInView(last, 1000, hexView[0], hexView[1],
				hexView[2], hexView[3], coverage.newCancellation()));
		print("coverage %s hex grid in view (zoom 10, 1,000 m): %s, %d hexagons", scale.name(), hexes,
				hexes.result().size());

		long start = System.nanoTime();
		CountingStream csv = new CountingStream();
		exports.exportUncovered(last, Locale.SIMPLIFIED_CHINESE, csv);
		print("coverage %s uncovered CSV (%d rows, stored distances): %.2f s, %.1f MB; server heap in use %d MB",
				scale.name(), csv.lines - 1, (System.nanoTime() - start) / 1e9, csv.bytes / 1e6,
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
		assertThat(csv.lines - 1).isEqualTo(report.uncoveredPoints());
	}

	/**
	 * West, south, east, north, cell width and height (degrees) of a 1920 × 1080 screen
	 * at {@code zoom} on the area's centre, 64-pixel cells (Web Mercator: 360 / (256 ·
	 * 2^zoom) degrees of longitude per pixel; a cell's height is its width × cos(centre
	 * latitude)), clamped to the world.
	 */
	private static double[] view(Scale scale, int zoom) {
		double lon = (scale.west() + scale.east()) / 2;
		double lat = (scale.south() + scale.north()) / 2;
		double perPixel = 360 / (256 * Math.pow(2, zoom));
		double cos = Math.cos(Math.toRadians(lat));
		double halfWidth = 960 * perPixel;
		double halfHeight = 540 * perPixel * cos;
		return new double[] { Math.max(-180, lon - halfWidth), Math.max(-85, lat - halfHeight),
				Math.min(180, lon + halfWidth), Math.min(85, lat + halfHeight), 64 * perPixel, 64 * perPixel * cos };
	}

	private static String shape(CoverageMapData<?> data) {
		return data.binned() ? data.bins().size() + " bins" : data.points().size() + " points";
	}

	private static Timed<Void> timed(List<Double> seconds) {
		List<Double> sorted = new ArrayList<>(seconds);
		Collections.sort(sorted);
		return new Timed<>(null, sorted.get(sorted.size() / 2), sorted.getLast(), sorted.size());
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Counts what an export writes, keeping none of it. */
	static final class CountingStream extends java.io.OutputStream {

		long bytes;

		long lines;

		@Override
		public void write(int b) {
			bytes++;
			if (b == '\n') {
				lines++;
			}
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
			for (int i = off; i < off + len; i++) {
				if (b[i] == '\n') {
					lines++;
				}
			}
		}

	}

	private void siting(Scale scale) {
		int radius = standards.radius(OPEN_POST.type());
		int hexMetres = 1000;
		List<Candidate> hexCentres = inTransaction(() -> spatial.hexCentres(hexMetres));
		Steps steps = new Steps();
		Timed<List<SitingSuggestion>> hex = time(3, () -> coverage.suggestSites(OPEN_POST, 10, hexMetres, List.of(),
				coverage.newCancellation(), steps.restart()));
		checkSuggestions(hex.result(), radius);
		print("coverage %s siting k=10, hexagon candidates (%d m, %d centres): %s; last run: %s", scale.name(),
				hexMetres, hexCentres.size(), hex, steps);
		plan(scale.name() + "-siting-pairs", CoverageSpatialRepository.SITING_PAIRS,
				CoverageSpatialRepository.sitingParams(OPEN_POST, radius, hexCentres));

		// an uploaded list: 2,000 sites near workplaces (a fixed pseudo-random sample)
		List<Candidate> uploaded = jdbc.sql(
				"SELECT id, ST_X(location) AS lon, ST_Y(location) AS lat FROM demand_point ORDER BY md5(id::text) LIMIT 2000")
			.query((rs, i) -> new Candidate("U" + rs.getLong("id"), rs.getDouble("lon"), rs.getDouble("lat")))
			.list();
		Timed<List<SitingSuggestion>> list = time(3, () -> coverage.suggestSites(OPEN_POST, 10, hexMetres, uploaded,
				coverage.newCancellation(), steps.restart()));
		checkSuggestions(list.result(), radius);
		print("coverage %s siting k=10, %d uploaded candidates: %s; last run: %s", scale.name(), uploaded.size(), list,
				steps);
	}

	/**
	 * Ten picks with shrinking gains (greedy), and the first pick's gain equal to the
	 * uncovered workers within the radius of its site, counted directly.
	 */
	private void checkSuggestions(List<SitingSuggestion> picks, int radius) {
		assertThat(picks).hasSize(10);
		for (int i = 1; i < picks.size(); i++) {
			assertThat(picks.get(i).addedWorkers()).isLessThanOrEqualTo(picks.get(i - 1).addedWorkers());
		}
		SitingSuggestion first = picks.getFirst();
		Map<String, Object> params = new HashMap<>(CoverageSpatialRepository.params(OPEN_POST, radius));
		params.put("lon", first.longitude());
		params.put("lat", first.latitude());
		long direct = inTransaction(() -> jdbc.sql("""
				SELECT coalesce(sum(dp.workers), 0)
				FROM demand_point dp
				WHERE ST_DWithin(dp.location::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, :radius)
				  AND NOT EXISTS (SELECT 1 FROM station s
				                  WHERE s.type = :type AND s.status IN (:statuses)
				                    AND ST_DWithin(s.location::geography, dp.location::geography, :radius))
				""").params(params).query(Long.class).single());
		assertThat(first.addedWorkers()).isEqualTo(direct);
	}

	/**
	 * Writes the full plan to target/benchmark-plans and prints its nodes (name, total
	 * time, rows, loops).
	 */
	private void plan(String name, String sql, Map<String, ?> params) {
		List<String> plan = inTransaction(() -> spatial.explain(sql, params));
		Path file = PLANS.resolve("coverage-" + name + ".txt");
		try {
			Files.createDirectories(PLANS);
			Files.write(file, plan);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		print("coverage %s plan (full plan in %s):", name, file);
		for (String line : plan) {
			Matcher node = PLAN_NODE.matcher(line);
			if (node.find()) {
				print("  | %s%s: %s ms × %s loops, %s rows", node.group(1), node.group(2), node.group(3), node.group(5),
						node.group(4));
			}
			else if (line.startsWith("Execution Time") || line.startsWith("Planning Time")
					|| line.startsWith("  Timing: Generation") || line.contains("Workers Launched")
					|| line.contains("Heap Fetches") || line.contains("Disk Usage") || line.contains("Batches: ")) {
				print("  | %s", line);
			}
		}
	}

	private <T> T inTransaction(Supplier<T> work) {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.setReadOnly(true);
		return tx.execute(status -> work.get());
	}

	/** One warm-up, then {@code runs} timed runs; the last run's result. */
	private static <T> Timed<T> time(int runs, Supplier<T> work) {
		work.get();
		List<Double> seconds = new ArrayList<>();
		T result = null;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			result = work.get();
			seconds.add((System.nanoTime() - start) / 1e9);
		}
		Collections.sort(seconds);
		return new Timed<>(result, seconds.get(seconds.size() / 2), seconds.getLast(), runs);
	}

	private static void print(String format, Object... args) {
		System.out.println("BENCHMARK " + String.format(Locale.ROOT, format, args));
	}

	/**
	 * Where a siting run spends its time, from the service's progress reports: the time
	 * from each step's first report to the next step's (the picks are one step).
	 */
	static final class Steps implements Progress {

		private final Map<String, Long> started = new LinkedHashMap<>();

		private long end;

		Steps restart() {
			started.clear();
			return this;
		}

		@Override
		public void report(String stepKey, double fraction) {
			long now = System.nanoTime();
			started.putIfAbsent(stepKey.substring(stepKey.lastIndexOf('.') + 1), now);
			end = now;
		}

		@Override
		public String toString() {
			List<String> parts = new ArrayList<>();
			List<Map.Entry<String, Long>> entries = new ArrayList<>(started.entrySet());
			for (int i = 0; i < entries.size(); i++) {
				long next = i + 1 < entries.size() ? entries.get(i + 1).getValue() : end;
				parts.add(String.format(Locale.ROOT, "%s %.2f s", entries.get(i).getKey(),
						(next - entries.get(i).getValue()) / 1e9));
			}
			return String.join(", ", parts);
		}

	}

	record Timed<T>(T result, double median, double max, int runs) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "median %s (max %s) over %d runs", seconds(median), seconds(max), runs);
		}

		private static String seconds(double s) {
			return s < 10 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%.1f s", s);
		}

	}

}
