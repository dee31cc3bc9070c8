package org.unionstations.portal.coverage;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The synthetic data of the coverage benchmarks ({@link CoverageBenchmark},
 * {@code CoverageScreenBenchmark}) at three scales: a city (Xianning, 100 km × 130 km), a
 * province (Hubei, 500 km × 350 km) and eastern/central China (lon 100–122, lat 20–45).
 * {@link #load} replaces the stations, demand points and districts of the test database;
 * {@link #restoreDemoData} puts the schema and demo data back (Flyway clean and migrate).
 *
 * <p>
 * Most demand points and stations lie in Gaussian clusters around town centres of
 * log-normal size, the rest are sprinkled uniformly; districts are a grid over the area.
 * About 70 % of stations are open, 55 % are union post stations. The random seed is
 * fixed, so every load of a scale is the same data.
 */
final class CoverageBenchmarkData {

	/**
	 * One synthetic scale: a lon/lat box, how many stations, points and town centres, and
	 * a district grid of columns × rows.
	 */
	record Scale(String name, double west, double south, double east, double north, int stations, int points, int towns,
			int columns, int rows) {

		Map<String, Object> params() {
			Map<String, Object> p = new HashMap<>();
			p.put("west", west);
			p.put("south", south);
			p.put("east", east);
			p.put("north", north);
			p.put("stations", stations);
			p.put("points", points);
			p.put("towns", towns);
			p.put("columns", columns);
			p.put("rows", rows);
			return p;
		}

	}

	/** What a load left in the database, and how long it took. */
	record Loaded(Scale scale, long stations, long openPostStations, long points, long workers, long districts,
			double seconds) {

		/**
		 * One line for a benchmark's output, after "coverage[-screen] <scale> data: ".
		 */
		String describe() {
			return String.format(Locale.ROOT,
					"%d stations (%d open union post stations), %d points (%d workers), %d districts, "
							+ "loaded in %.0f s; load average %.1f on %d cores",
					stations, openPostStations, points, workers, districts, seconds,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
					Runtime.getRuntime().availableProcessors());
		}

	}

	static final Scale CITY = new Scale("city", 113.70, 29.00, 114.73, 30.17, 500, 20_000, 60, 3, 2);

	static final Scale PROVINCE = new Scale("province", 108.40, 29.10, 113.60, 32.25, 10_000, 500_000, 500, 10, 10);

	static final Scale NATIONAL = new Scale("national", 100.0, 20.0, 122.0, 45.0, 150_000, 2_000_000, 4_000, 50, 50);

	static final List<Scale> SCALES = List.of(CITY, PROVINCE, NATIONAL);

	/**
	 * Town centres: uniform over the area, weight log-normal, spread grows with weight.
	 */
	private static final String TOWNS = """
			CREATE TEMP TABLE bench_town ON COMMIT DROP AS
			SELECT id, lon, lat, least(10, 1.2 * sqrt(w)) AS sigma_km,
			       round(0.85 * :points * w / sum(w) OVER ())::int AS point_count,
			       round(0.80 * :stations * w / sum(w) OVER ())::int AS station_count
			FROM (SELECT g AS id, :west + random() * (:east - :west) AS lon, :south + random() * (:north - :south) AS lat,
			             exp(1.2 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) AS w
			      FROM generate_series(1, :towns) g) t
			""";

	private static final String DISTRICTS = """
			INSERT INTO district (id, code, name_zh, name_en, boundary)
			SELECT 1 + r * :columns + c, 'B' || lpad((r * :columns + c)::text, 5, '0'), '基准区' || (r * :columns + c),
			       'Bench ' || (r * :columns + c),
			       ST_Multi(ST_MakeEnvelope(:west + c * (:east - :west) / :columns, :south + r * (:north - :south) / :rows,
			                                :west + (c + 1) * (:east - :west) / :columns,
			                                :south + (r + 1) * (:north - :south) / :rows, 4326))
			FROM generate_series(0, :rows - 1) r, generate_series(0, :columns - 1) c
			""";

	/**
	 * Positions: Gaussian around each town (Box–Muller, km to degrees), plus a uniform
	 * sprinkle that makes up the total; clamped into the area. The district is the grid
	 * cell. {@code %1$s} is the per-town count column, {@code %2$s} the total parameter.
	 */
	private static final String POSITIONS = """
			SELECT lon, lat, 1 + floor((lat - :south) / (:north - :south) * :rows)::int * :columns
			                   + floor((lon - :west) / (:east - :west) * :columns)::int AS district_id
			FROM (SELECT least(greatest(lon, :west), :east - 1e-9) AS lon, least(greatest(lat, :south), :north - 1e-9) AS lat
			      FROM (SELECT t.lon + t.sigma_km * sqrt(-2 * ln(1 - u1)) * cos(2 * pi() * u2)
			                           / (111.32 * cos(radians(t.lat))) AS lon,
			                   t.lat + t.sigma_km * sqrt(-2 * ln(1 - u1)) * sin(2 * pi() * u2) / 110.57 AS lat
			            FROM (SELECT t.*, random() AS u1, random() AS u2
			                  FROM bench_town t, generate_series(1, t.%1$s) OFFSET 0) t
			            UNION ALL
			            SELECT :west + random() * (:east - :west), :south + random() * (:north - :south)
			            FROM generate_series(1, :%2$s - (SELECT sum(%1$s) FROM bench_town))) p) q
			""";

	private static final String POINTS = """
			INSERT INTO demand_point (category, name, workers, location, district_id)
			SELECT (ARRAY['ENTERPRISE', 'DELIVERY_HUB', 'SANITATION_DEPOT', 'INDUSTRIAL_PARK', 'MARKET',
			              'COMMUNITY'])[1 + floor(random() * 6)::int],
			       'P' || row_number() OVER (),
			       least(20000, greatest(1, round(exp(3.5 + 1.1 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))))::int,
			       ST_SetSRID(ST_MakePoint(lon, lat), 4326), district_id
			FROM (%s) positions
			"""
		.formatted(POSITIONS.formatted("point_count", "points"));

	private static final String STATIONS = """
			INSERT INTO station (type, name, address, location, district_id, status)
			SELECT CASE WHEN ut < 0.55 THEN 'UNION_POST_STATION' WHEN ut < 0.70 THEN 'HEART_STATION'
			            WHEN ut < 0.85 THEN 'MOTHER_BABY_ROOM' ELSE 'WORKERS_HOME' END,
			       'S' || row_number() OVER (), '', ST_SetSRID(ST_MakePoint(lon, lat), 4326), district_id,
			       CASE WHEN us < 0.70 THEN 'OPEN' WHEN us < 0.82 THEN 'PLANNED' WHEN us < 0.88 THEN 'UNDER_CONSTRUCTION'
			            WHEN us < 0.96 THEN 'SUSPENDED' ELSE 'CLOSED' END
			FROM (SELECT positions.*, random() AS ut, random() AS us FROM (%s) positions OFFSET 0) s
			"""
		.formatted(POSITIONS.formatted("station_count", "stations"));

	private final JdbcClient jdbc;

	private final PlatformTransactionManager transactions;

	private final Flyway flyway;

	CoverageBenchmarkData(JdbcClient jdbc, PlatformTransactionManager transactions, Flyway flyway) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.flyway = flyway;
	}

	/**
	 * Replaces the stations, demand points and districts with the scale's synthetic data
	 * (fixed seed), then vacuums and analyses as autovacuum would soon after a bulk
	 * import.
	 */
	Loaded load(Scale scale) {
		long start = System.nanoTime();
		Map<String, Object> params = scale.params();
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			jdbc.sql("TRUNCATE station, demand_point, district CASCADE").update();
			jdbc.sql("SET LOCAL maintenance_work_mem = '1GB'").update();
			// secondary indexes are rebuilt after the load (faster than maintaining them
			// row by row); whatever indexes the migrations define, these are the same
			List<Map<String, Object>> indexes = jdbc
				.sql("""
						SELECT i.indexname, i.indexdef
						FROM pg_indexes i
						WHERE i.schemaname = current_schema() AND i.tablename IN ('station', 'demand_point')
						  AND NOT EXISTS (SELECT 1 FROM pg_constraint c
						                  WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
						""")
				.query()
				.listOfRows();
			for (Map<String, Object> index : indexes) {
				jdbc.sql("DROP INDEX " + index.get("indexname")).update();
			}
			jdbc.sql("SELECT setseed(0.42)").query().listOfRows();
			jdbc.sql(DISTRICTS).params(params).update();
			jdbc.sql(TOWNS).params(params).update();
			jdbc.sql(POINTS).params(params).update();
			jdbc.sql(STATIONS).params(params).update();
			for (Map<String, Object> index : indexes) {
				jdbc.sql(String.valueOf(index.get("indexdef"))).update();
			}
		});
		// outside the transaction; VACUUM as autovacuum would soon after a bulk import
		// (hint bits set, so the first timed run does not pay for them)
		jdbc.sql("VACUUM ANALYZE station").update();
		jdbc.sql("VACUUM ANALYZE demand_point").update();
		jdbc.sql("ANALYZE district").update();
		double seconds = (System.nanoTime() - start) / 1e9;

		Map<String, Object> counts = jdbc
			.sql("""
					SELECT (SELECT count(*) FROM station) AS stations,
					       (SELECT count(*) FROM station WHERE type = 'UNION_POST_STATION' AND status = 'OPEN') AS open_post,
					       (SELECT count(*) FROM demand_point) AS points,
					       (SELECT sum(workers)::bigint FROM demand_point) AS workers,
					       (SELECT count(*) FROM district) AS districts
					""")
			.query()
			.singleRow();
		return new Loaded(scale, number(counts, "stations"), number(counts, "open_post"), number(counts, "points"),
				number(counts, "workers"), number(counts, "districts"), seconds);
	}

	/** Leaves the database as every other test expects it: schema and demo data only. */
	void restoreDemoData() {
		flyway.clean();
		flyway.migrate();
	}

	private static long number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).longValue();
	}

}
