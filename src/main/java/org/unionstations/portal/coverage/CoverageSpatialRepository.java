package org.unionstations.portal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All PostGIS SQL of the coverage feature. Distances are on {@code geography} (metres on
 * the WGS84 spheroid) and go through the expression indexes on
 * {@code location::geography} of {@code station} and {@code demand_point}.
 */
@Repository
class CoverageSpatialRepository {

	/**
	 * Demand points covered by at least one counted station of the type, driven from the
	 * stations: one index probe per station into demand_point, instead of one per demand
	 * point (there are far fewer stations than points).
	 */
	private static final String COVERED = """
			SELECT DISTINCT dp.id
			FROM station s
			JOIN demand_point dp ON ST_DWithin(s.location::geography, dp.location::geography, :radius)
			WHERE s.type = :type AND s.status IN (:statuses)
			""";

	/** Analysis 1, the report: parameters radius, type, statuses. */
	static final String REPORT = """
			WITH covered AS (%s)
			SELECT GROUPING(d.code) AS city, d.code, d.name_zh, d.name_en,
			       count(*) AS points, count(c.id) AS covered_points,
			       coalesce(sum(dp.workers), 0) AS workers,
			       coalesce(sum(dp.workers) FILTER (WHERE c.id IS NOT NULL), 0) AS covered_workers
			FROM demand_point dp
			LEFT JOIN covered c ON c.id = dp.id
			LEFT JOIN district d ON d.id = dp.district_id
			GROUP BY GROUPING SETS ((d.code, d.name_zh, d.name_en), ())
			ORDER BY GROUPING(d.code), d.code
			""".formatted(COVERED);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	CoverageSpatialRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Analysis 1: per district and for the city (district null), points and workers in
	 * and out of the radius.
	 */
	List<CoverageRow> report(CoverageScope scope, int radius) {
		return jdbc.sql(REPORT)
			.params(params(scope, radius))
			.query((rs, i) -> new CoverageRow(rs.getInt("city") == 1 ? null : String.valueOf(rs.getString("code")),
					rs.getString("name_zh"), rs.getString("name_en"), scope.type(), rs.getLong("points"),
					rs.getLong("covered_points"), rs.getLong("workers"), rs.getLong("covered_workers")))
			.list();
	}

	/**
	 * Analysis 2: every uncovered point with the distance to the nearest counted station
	 * (KNN on the index).
	 */
	List<UncoveredPoint> uncovered(CoverageScope scope, int radius) {
		return jdbc.sql("""
				WITH covered AS (%s)
				SELECT dp.id, dp.name, dp.category, dp.workers, ST_X(dp.location) AS lon, ST_Y(dp.location) AS lat,
				       d.name_zh, d.name_en, nearest.metres
				FROM demand_point dp
				LEFT JOIN district d ON d.id = dp.district_id
				LEFT JOIN LATERAL (
				    SELECT ST_Distance(s.location::geography, dp.location::geography) AS metres
				    FROM station s
				    WHERE s.type = :type AND s.status IN (:statuses)
				    ORDER BY s.location::geography <-> dp.location::geography
				    LIMIT 1) nearest ON true
				WHERE NOT EXISTS (SELECT 1 FROM covered c WHERE c.id = dp.id)
				ORDER BY dp.workers DESC, dp.id
				""".formatted(COVERED))
			.param("radius", radius)
			.param("type", scope.type().name())
			.param("statuses", statuses(scope))
			.query((rs, i) -> new UncoveredPoint(rs.getLong("id"), rs.getString("name"),
					DemandCategory.valueOf(rs.getString("category")), rs.getInt("workers"), rs.getDouble("lon"),
					rs.getDouble("lat"), rs.getString("name_zh"), rs.getString("name_en"),
					(Double) rs.getObject("metres")))
			.list();
	}

	/**
	 * Analysis 3: each district minus the union of the service circles (circles of all
	 * districts count).
	 */
	List<UncoveredArea> uncoveredArea(CoverageScope scope, int radius) {
		return jdbc.sql("""
				WITH circles AS (
				    SELECT ST_Union(ST_Buffer(s.location::geography, :radius, 'quad_segs=32')::geometry) AS g
				    FROM station s
				    WHERE s.type = :type AND s.status IN (:statuses))
				SELECT d.code, d.name_zh, d.name_en,
				       ST_Area(d.boundary::geography) / 1e6 AS district_km2,
				       ST_Area(u.g::geography) / 1e6 AS uncovered_km2,
				       ST_AsGeoJSON(u.g, 5) AS geojson
				FROM district d
				CROSS JOIN circles c
				CROSS JOIN LATERAL (
				    SELECT CASE WHEN c.g IS NULL THEN d.boundary
				                ELSE ST_Difference(d.boundary, c.g) END AS g) u
				ORDER BY d.code
				""")
			.param("radius", radius)
			.param("type", scope.type().name())
			.param("statuses", statuses(scope))
			.query((rs, i) -> new UncoveredArea(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
					rs.getDouble("district_km2"), rs.getDouble("uncovered_km2"), rs.getString("geojson")))
			.list();
	}

	/**
	 * Analysis 4: hexagons of edge {@code sizeMetres} over the city (in the city's UTM
	 * zone, so sizes are true metres), with the uncovered points and workers inside; only
	 * hexagons with uncovered demand are returned.
	 */
	List<HexCell> hexGrid(CoverageScope scope, int radius, int sizeMetres) {
		return jdbc.sql("""
				WITH covered AS (%s),
				     zone AS (SELECT 32600 + floor((ST_X(ST_Centroid(ST_Union(boundary))) + 180) / 6)::int + 1 AS srid
				              FROM district),
				     uncovered AS (
				         SELECT dp.workers, ST_Transform(dp.location, zone.srid) AS g
				         FROM demand_point dp, zone
				         WHERE NOT EXISTS (SELECT 1 FROM covered c WHERE c.id = dp.id)),
				     extent AS (SELECT ST_Extent(g)::geometry AS g FROM uncovered),
				     hex AS (
				         SELECT h.i, h.j, ST_SetSRID(h.geom, zone.srid) AS g
				         FROM extent, zone, ST_HexagonGrid(:size, ST_SetSRID(extent.g, zone.srid)) h)
				SELECT ST_AsGeoJSON(ST_Transform(hex.g, 4326), 5) AS geojson,
				       count(*) AS points, sum(u.workers) AS workers
				FROM hex JOIN uncovered u ON ST_Intersects(hex.g, u.g)
				GROUP BY hex.i, hex.j, hex.g
				ORDER BY workers DESC
				""".formatted(COVERED))
			.param("radius", radius)
			.param("type", scope.type().name())
			.param("statuses", statuses(scope))
			.param("size", (double) sizeMetres)
			.query((rs, i) -> new HexCell(rs.getString("geojson"), rs.getLong("points"), rs.getLong("workers")))
			.list();
	}

	/** Hexagon centres inside the districts, as candidate sites. */
	List<Candidate> hexCentres(int sizeMetres) {
		return jdbc.sql("""
				WITH zone AS (SELECT 32600 + floor((ST_X(ST_Centroid(ST_Union(boundary))) + 180) / 6)::int + 1 AS srid,
				                     ST_Union(boundary) AS city
				              FROM district),
				     hex AS (SELECT h.i, h.j, ST_Transform(ST_Centroid(h.geom), 4326) AS c
				             FROM zone, ST_HexagonGrid(:size, ST_Transform(zone.city, zone.srid)) h)
				SELECT hex.i, hex.j, ST_X(hex.c) AS lon, ST_Y(hex.c) AS lat
				FROM hex, zone
				WHERE ST_Contains(zone.city, hex.c)
				""")
			.param("size", (double) sizeMetres)
			.query((rs, i) -> new Candidate("H" + rs.getInt("i") + "," + rs.getInt("j"), rs.getDouble("lon"),
					rs.getDouble("lat")))
			.list();
	}

	/**
	 * For siting: which currently uncovered points (id, workers) each candidate would
	 * cover. The candidates go into a temporary table with a geography index, so the
	 * pairs come from one indexed join.
	 */
	SitingInput sitingInput(CoverageScope scope, int radius, List<Candidate> candidates) {
		template.execute("CREATE TEMP TABLE IF NOT EXISTS siting_candidate (idx int, g geography) ON COMMIT DROP");
		template.execute("TRUNCATE siting_candidate");
		List<Object[]> rows = new ArrayList<>(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			rows.add(new Object[] { i, c.longitude(), c.latitude() });
		}
		template.batchUpdate(
				"INSERT INTO siting_candidate (idx, g) VALUES (?, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography)",
				rows);
		template.execute("CREATE INDEX ON siting_candidate USING gist (g)");
		template.execute("ANALYZE siting_candidate");
		List<long[]> pairs = new ArrayList<>();
		jdbc.sql("""
				WITH covered AS (%s)
				SELECT sc.idx, dp.id, dp.workers
				FROM demand_point dp
				JOIN siting_candidate sc ON ST_DWithin(sc.g, dp.location::geography, :radius)
				WHERE NOT EXISTS (SELECT 1 FROM covered c WHERE c.id = dp.id) AND dp.workers > 0
				""".formatted(COVERED))
			.param("radius", radius)
			.param("type", scope.type().name())
			.param("statuses", statuses(scope))
			.query(rs -> {
				pairs.add(new long[] { rs.getInt(1), rs.getLong(2), rs.getInt(3) });
			});
		return new SitingInput(candidates, pairs);
	}

	/**
	 * The plan of one of this repository's queries as run ({@code EXPLAIN (ANALYZE,
	 * BUFFERS)}), for the benchmark and for diagnosing a slow analysis. Runs the query.
	 */
	List<String> explain(String sql, Map<String, ?> params) {
		return jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).params(params).query(String.class).list();
	}

	/** The parameters of the analyses that only depend on the scope and radius. */
	static Map<String, Object> params(CoverageScope scope, int radius) {
		return Map.of("radius", radius, "type", scope.type().name(), "statuses", statuses(scope));
	}

	long pid() {
		return template.queryForObject("SELECT pg_backend_pid()", Long.class);
	}

	void cancel(long pid) {
		template.queryForObject("SELECT pg_cancel_backend(?)", Boolean.class, pid);
	}

	private static List<String> statuses(CoverageScope scope) {
		return scope.statuses();
	}

	/**
	 * Candidate index, demand point id, workers — one row per (candidate, uncovered
	 * point) within the radius.
	 */
	record SitingInput(List<Candidate> candidates, List<long[]> pairs) {
	}

}
