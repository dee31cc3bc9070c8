package org.unionstations.portal.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All PostGIS SQL of the coverage feature. Distances are on {@code geography} (metres on
 * the WGS84 spheroid). Which points lie within a radius comes from the 2D geometry index
 * on {@code demand_point(location)} with a box that is safe on the spheroid, then the
 * exact geography check; nearest stations come from the geography index of
 * {@code station} (KNN candidates, then the exact distance). Each analysis first sets its
 * transaction's {@linkplain #useAnalysisSettings() settings}. Decision record:
 * docs/decisions/0008-coverage-query-performance.md.
 */
@Repository
class CoverageSpatialRepository {

	/**
	 * Demand points within the radius of a counted station of the type, driven from the
	 * stations: one probe per station (far fewer than points) into the geometry index of
	 * demand_point, with a box that holds every point within the radius
	 * ({@code coverage_reach_box}, migration V4), then the exact distance on geography. A
	 * point near several stations appears once per station: use it with {@code IN} /
	 * {@code EXISTS}. {@code _ST_DWithin} is {@code ST_DWithin} itself (the same C
	 * function, {@code geography_dwithin}) without the index rewrite, which would make
	 * the planner probe the geography index as well for the same candidates.
	 */
	static final String COVERED = covered("dp.id");

	/**
	 * The join of {@link #COVERED} selecting {@code columns} (of {@code s} and
	 * {@code dp}).
	 */
	static String covered(String columns) {
		return """
				SELECT %s
				FROM station s
				JOIN demand_point dp ON dp.location && coverage_reach_box(s.location, :radius)
				                    AND _ST_DWithin(s.location::geography, dp.location::geography, :radius, true)
				WHERE s.type = :type AND s.status IN (:statuses)
				""".formatted(columns);
	}

	/**
	 * Analysis 1, the report; parameters radius, type, statuses. Points and workers per
	 * district, and separately the covered ones per district (a semi-join: each point
	 * once, however many stations reach it), then the city total over both. Districts by
	 * name in pinyin order (the column's collation), points without one after them, the
	 * city last.
	 */
	static final String REPORT = report("true", COVERED);

	/**
	 * The report's SQL over the demand points matching {@code pointFilter} (a condition
	 * on {@code dp}) with the covered set from {@code coveredIds} (a query of point ids,
	 * each at least once).
	 */
	static String report(String pointFilter, String coveredIds) {
		return reportOver(pointFilter, """
				SELECT dp.district_id, dp.workers
				FROM demand_point dp
				WHERE %s AND dp.id IN (%s)""".formatted(pointFilter, coveredIds));
	}

	/**
	 * The report's SQL over the demand points matching {@code pointFilter} with the
	 * covered points from {@code coveredPoints}: a query of {@code district_id} and
	 * {@code workers}, one row per covered point.
	 */
	static String reportOver(String pointFilter, String coveredPoints) {
		return """
				WITH per_district AS (
				    SELECT dp.district_id, count(*) AS points, sum(dp.workers) AS workers,
				           0 AS covered_points, 0 AS covered_workers
				    FROM demand_point dp
				    WHERE %1$s
				    GROUP BY dp.district_id
				    UNION ALL
				    SELECT c.district_id, 0, 0, count(*), sum(c.workers)
				    FROM (%2$s) c
				    GROUP BY c.district_id)
				SELECT GROUPING(d.code) AS city, d.code, d.name_zh, d.name_en,
				       coalesce(sum(p.points), 0) AS points, coalesce(sum(p.covered_points), 0) AS covered_points,
				       coalesce(sum(p.workers), 0) AS workers, coalesce(sum(p.covered_workers), 0) AS covered_workers
				FROM per_district p
				LEFT JOIN district d ON d.id = p.district_id
				GROUP BY GROUPING SETS ((d.code, d.name_zh, d.name_en), ())
				ORDER BY GROUPING(d.code), d.name_zh, d.code
				""".formatted(pointFilter, coveredPoints);
	}

	/**
	 * How many stations the KNN probe of {@link #UNCOVERED} takes per point: the
	 * geography index ranks by the distance on the sphere, the list reports the distance
	 * on the spheroid, and the two orders can disagree for nearly equidistant stations.
	 */
	static final int NEAREST_CANDIDATES = 8;

	/**
	 * Analysis 2, uncovered points; parameters radius, type, statuses. The covered set is
	 * materialized so the anti-join stays a hash join whatever the estimates.
	 * <p>
	 * The distance to the nearest counted station: the {@link #NEAREST_CANDIDATES}
	 * nearest by KNN on the geography index ({@code <->}, the great-circle distance on a
	 * sphere of radius 6,371,008.8 m), then the least exact distance on the spheroid
	 * among them. Taking only the first by {@code <->} was up to 16 m too far when two
	 * stations were nearly equidistant. The candidates are enough unless all of them lie
	 * within 1.1 % of the first one's sphere distance: the spheroid distance of a path is
	 * 0.99441 to 1.00447 times its sphere distance (meridian radius of curvature at the
	 * equator and at the poles over 6,371,008.8 m), so a station more than 1.00447 /
	 * 0.99441 = 1.0102 times as far on the sphere cannot be nearer on the spheroid. In
	 * that crowded case every station within the best distance found so far is checked on
	 * the spheroid ({@code ST_DWithin}, geography index), so the result is the exact
	 * minimum either way.
	 */
	static final String UNCOVERED = """
			WITH covered AS MATERIALIZED (%s)
			SELECT dp.id, dp.name, dp.category, dp.workers, ST_X(dp.location) AS lon, ST_Y(dp.location) AS lat,
			       d.name_zh, d.name_en, %s AS metres
			FROM demand_point dp
			LEFT JOIN district d ON d.id = dp.district_id
			%s
			WHERE NOT EXISTS (SELECT 1 FROM covered c WHERE c.id = dp.id)
			ORDER BY dp.workers DESC, dp.id
			""".formatted(COVERED, nearestMetres(), nearestJoin());

	/**
	 * The distance (metres, spheroid) from demand point {@code dp} to its nearest counted
	 * station, for a select list next to {@link #nearestJoin()}: the rule of
	 * {@link #UNCOVERED}; parameters type, statuses.
	 */
	static String nearestMetres() {
		return """
				CASE WHEN nearest.crowded
				     THEN least(nearest.metres, (
				         SELECT min(ST_Distance(s.location::geography, dp.location::geography))
				         FROM station s
				         WHERE s.type = :type AND s.status IN (:statuses)
				           AND ST_DWithin(s.location::geography, dp.location::geography, nearest.metres)))
				     ELSE nearest.metres END""";
	}

	/**
	 * The KNN candidates of {@link #nearestMetres()} for demand point {@code dp}, as a
	 * {@code LEFT JOIN LATERAL} named {@code nearest}.
	 */
	static String nearestJoin() {
		return """
				LEFT JOIN LATERAL (
				    SELECT min(ST_Distance(k.g, dp.location::geography)) AS metres,
				           count(*) = %d AND max(k.sphere) <= 1.011 * min(k.sphere) AS crowded
				    FROM (SELECT s.location::geography AS g, s.location::geography <-> dp.location::geography AS sphere
				          FROM station s
				          WHERE s.type = :type AND s.status IN (:statuses)
				          ORDER BY s.location::geography <-> dp.location::geography
				          LIMIT %d) k) nearest ON true""".formatted(NEAREST_CANDIDATES, NEAREST_CANDIDATES);
	}

	/**
	 * For siting; parameters radius, type, statuses, lons, lats: (candidate index, point,
	 * workers) for every currently uncovered point a candidate reaches. Candidates come
	 * in as two arrays and are driven like stations are in {@link #COVERED}. The
	 * MATERIALIZED steps fix the plan: the planner's row estimates for spatial joins are
	 * poor (it once nested the candidates inside the anti-join, 67,000 × 333,000), and a
	 * materialized candidate location is a plain column, so {@code coverage_reach_box} is
	 * inlined instead of called once per candidate.
	 */
	static final String SITING_PAIRS = sitingPairs("true", COVERED);

	/**
	 * The SQL of {@link #SITING_PAIRS} over the demand points matching
	 * {@code pointFilter} with the covered set from {@code coveredIds}.
	 */
	static String sitingPairs(String pointFilter, String coveredIds) {
		return """
				WITH candidate AS MATERIALIZED (
				         SELECT (c.i - 1)::int AS idx, ST_SetSRID(ST_MakePoint(c.lon, c.lat), 4326) AS location
				         FROM unnest(:lons::float8[], :lats::float8[]) WITH ORDINALITY AS c(lon, lat, i)),
				     reach AS MATERIALIZED (
				         SELECT c.idx, dp.id, dp.workers
				         FROM candidate c
				         JOIN demand_point dp ON dp.location && coverage_reach_box(c.location, :radius)
				                             AND _ST_DWithin(c.location::geography, dp.location::geography, :radius, true)
				         WHERE dp.workers > 0 AND %s),
				     covered AS MATERIALIZED (%s)
				SELECT r.idx, r.id, r.workers
				FROM reach r
				WHERE NOT EXISTS (SELECT 1 FROM covered c WHERE c.id = r.id)
				"""
			.formatted(pointFilter, coveredIds);
	}

	/** Per analysis transaction; a few analyses at a time on a 24 GB machine. */
	static final String ANALYSIS_WORK_MEM = "64MB";

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
		useAnalysisSettings();
		return jdbc.sql(REPORT)
			.params(params(scope, radius))
			.query((rs, i) -> new CoverageRow(
					rs.getInt("city") == 1 ? null : Objects.toString(rs.getString("code"), ""), rs.getString("name_zh"),
					rs.getString("name_en"), scope.type(), rs.getLong("points"), rs.getLong("covered_points"),
					rs.getLong("workers"), rs.getLong("covered_workers")))
			.list();
	}

	/**
	 * Analysis 2: every uncovered point with the exact distance (spheroid) to the nearest
	 * counted station (KNN candidates from the index, see {@link #UNCOVERED}).
	 */
	List<UncoveredPoint> uncovered(CoverageScope scope, int radius) {
		useAnalysisSettings();
		return jdbc.sql(UNCOVERED)
			.params(params(scope, radius))
			.query((rs, i) -> new UncoveredPoint(rs.getLong("id"), rs.getString("name"),
					DemandCategory.valueOf(rs.getString("category")), rs.getInt("workers"), rs.getDouble("lon"),
					rs.getDouble("lat"), rs.getString("name_zh"), rs.getString("name_en"),
					(Double) rs.getObject("metres")))
			.list();
	}

	/**
	 * Analysis 3: each district minus the union of the service circles that can reach it
	 * (circles of all districts count); districts by name in pinyin order. Each district
	 * unions only the circles of the stations within the radius of its box (the box
	 * widened in degrees for its highest latitude, 1 % to spare): circles that cannot
	 * touch a district do not change it, and many small unions are much cheaper than one
	 * of every circle (which, at national scale, ran for about 50 s and answered a cancel
	 * only when done). The areas are exact; the shape sent to the map is simplified to
	 * 0.0001° (about 10 m, a few pixels at street zoom): a 1 km circle's 128 vertices
	 * shrink to a few dozen, so the layer is a fraction of the size (0.5 MB at city scale
	 * before) and the browser draws it without a long freeze.
	 */
	List<UncoveredArea> uncoveredArea(CoverageScope scope, int radius) {
		useAnalysisSettings();
		return jdbc.sql("""
				SELECT d.code, d.name_zh, d.name_en,
				       ST_Area(d.boundary::geography) / 1e6 AS district_km2,
				       ST_Area(u.g::geography) / 1e6 AS uncovered_km2,
				       ST_AsGeoJSON(ST_SimplifyPreserveTopology(u.g, 0.0001), 5) AS geojson
				FROM district d
				CROSS JOIN LATERAL (
				    SELECT ST_Union(ST_Buffer(s.location::geography, :radius, 'quad_segs=32')::geometry) AS g
				    FROM station s
				    WHERE s.type = :type AND s.status IN (:statuses)
				      AND s.location && ST_Expand(d.boundary,
				              :radius * 1.01 / (111000.0 * cos(radians(least(89.0,
				                  greatest(abs(ST_YMin(d.boundary)), abs(ST_YMax(d.boundary))) + :radius / 110000.0)))),
				              :radius * 1.01 / 110000.0)) c
				CROSS JOIN LATERAL (
				    SELECT CASE WHEN c.g IS NULL THEN d.boundary
				                ELSE ST_Difference(d.boundary, c.g) END AS g) u
				ORDER BY d.name_zh, d.code
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
		useAnalysisSettings();
		return jdbc.sql("""
				WITH covered AS MATERIALIZED (%s),
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

	/**
	 * Hexagon centres inside the districts (the city's outer boundary included, as for
	 * every point-in-district lookup), as candidate sites.
	 */
	List<Candidate> hexCentres(int sizeMetres) {
		return jdbc.sql("""
				WITH zone AS (SELECT 32600 + floor((ST_X(ST_Centroid(ST_Union(boundary))) + 180) / 6)::int + 1 AS srid,
				                     ST_Union(boundary) AS city
				              FROM district),
				     hex AS (SELECT h.i, h.j, ST_Transform(ST_Centroid(h.geom), 4326) AS c
				             FROM zone, ST_HexagonGrid(:size, ST_Transform(zone.city, zone.srid)) h)
				SELECT hex.i, hex.j, ST_X(hex.c) AS lon, ST_Y(hex.c) AS lat
				FROM hex, zone
				WHERE ST_Covers(zone.city, hex.c)
				""")
			.param("size", (double) sizeMetres)
			.query((rs, i) -> new Candidate("H" + rs.getInt("i") + "," + rs.getInt("j"), rs.getDouble("lon"),
					rs.getDouble("lat")))
			.list();
	}

	/**
	 * For siting: which currently uncovered points (id, workers) each candidate would
	 * cover, from one query ({@link #SITING_PAIRS}).
	 */
	SitingInput sitingInput(CoverageScope scope, int radius, List<Candidate> candidates) {
		useAnalysisSettings();
		List<long[]> pairs = new ArrayList<>();
		jdbc.sql(SITING_PAIRS).params(sitingParams(scope, radius, candidates)).query(rs -> {
			pairs.add(new long[] { rs.getInt(1), rs.getLong(2), rs.getInt(3) });
		});
		return new SitingInput(candidates, pairs);
	}

	/**
	 * Existing demand points within {@code metres} of each WGS84 point (geography,
	 * metres), for imports: one query for all points; indexes are 0-based positions in
	 * the arrays.
	 */
	List<DemandPointNear> findDemandPointsNear(double[] longitudes, double[] latitudes, double metres) {
		if (longitudes.length == 0) {
			return List.of();
		}
		return jdbc
			.sql("""
					SELECT p.i, dp.name
					FROM unnest(CAST(:lon AS float8[]), CAST(:lat AS float8[])) WITH ORDINALITY AS p(lon, lat, i)
					JOIN demand_point dp
					  ON ST_DWithin(dp.location::geography, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326)::geography, :metres)
					ORDER BY p.i, dp.id
					""")
			.param("lon", longitudes)
			.param("lat", latitudes)
			.param("metres", metres)
			.query((rs, n) -> new DemandPointNear(rs.getInt("i") - 1, rs.getString("name")))
			.list();
	}

	/**
	 * Makes demand point imports take turns until the end of the calling transaction, so
	 * two imports cannot both pass the duplicate check with the same point.
	 */
	void lockForDemandImport() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('demand-point-import'))").query().listOfRows();
	}

	static Map<String, Object> sitingParams(CoverageScope scope, int radius, List<Candidate> candidates) {
		double[] lons = new double[candidates.size()];
		double[] lats = new double[candidates.size()];
		for (int i = 0; i < candidates.size(); i++) {
			lons[i] = candidates.get(i).longitude();
			lats[i] = candidates.get(i).latitude();
		}
		Map<String, Object> params = new HashMap<>(params(scope, radius));
		params.put("lons", lons);
		params.put("lats", lats);
		return params;
	}

	/**
	 * The plan of one of this repository's queries as run ({@code EXPLAIN (ANALYZE,
	 * BUFFERS)}), for the benchmark and for diagnosing a slow analysis. Runs the query.
	 */
	List<String> explain(String sql, Map<String, ?> params) {
		useAnalysisSettings();
		return jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).params(params).query(String.class).list();
	}

	/** The parameters of the analyses that only depend on the scope and radius. */
	static Map<String, Object> params(CoverageScope scope, int radius) {
		return Map.of("radius", radius, "type", scope.type().name(), "statuses", statuses(scope));
	}

	/**
	 * For the rest of the analysis' transaction: hash tables of a national-scale run fit
	 * in memory (the default 4 MB spills the covered set to disk), and no JIT, which
	 * spends up to a second compiling expressions whose time goes into PostGIS calls
	 * anyway. {@code set_config(..., true)} is {@code SET LOCAL}: the pooled connection
	 * gets its defaults back at commit.
	 */
	void useAnalysisSettings() {
		jdbc.sql("SELECT set_config('work_mem', :workMem, true), set_config('jit', 'off', true)")
			.param("workMem", ANALYSIS_WORK_MEM)
			.query()
			.listOfRows();
	}

	long pid() {
		return template.queryForObject("SELECT pg_backend_pid()", Long.class);
	}

	void cancel(long pid) {
		// pg_cancel_backend takes an integer pid; a bigint parameter matches no function
		template.queryForObject("SELECT pg_cancel_backend(CAST(? AS integer))", Boolean.class, pid);
	}

	private static List<String> statuses(CoverageScope scope) {
		return scope.statuses();
	}

	/** An existing demand point near the point at {@code index}. */
	record DemandPointNear(int index, String name) {
	}

	/**
	 * Candidate index, demand point id, workers — one row per (candidate, uncovered
	 * point) within the radius.
	 */
	record SitingInput(List<Candidate> candidates, List<long[]> pairs) {
	}

}
