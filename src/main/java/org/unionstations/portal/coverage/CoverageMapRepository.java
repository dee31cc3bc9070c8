package org.unionstations.portal.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionstations.portal.base.geo.BinGrid;
import org.unionstations.portal.coverage.CoverageMapData.MapBin;
import org.unionstations.portal.coverage.CoverageRunRepository.RunRow;
import org.unionstations.portal.station.StationStatus;

/**
 * The SQL behind the coverage maps, one viewport at a time: demand points, a run's
 * uncovered points and the counted stations as single points when few lie in the view,
 * else as grid bins; and a run's hex grid within the view. Every query is bounded by the
 * box ({@code location && ST_MakeEnvelope}, the GiST index), and what it returns by the
 * screen: at most {@link #PROBE} − 1 points, or one row per grid cell.
 */
@Repository
class CoverageMapRepository {

	/** Points a count probe looks for: one more than a layer may show as points. */
	static final int PROBE = CoverageMapService.MAX_MAP_POINTS + 1;

	/** The demand points of a layer: all of them, or those a run left uncovered. */
	private static final String DEMAND_ALL = "true";

	private static final String STATION_SCOPE = "s.type = :type AND s.status IN (:statuses)";

	private static final RowMapper<DemandMapPoint> DEMAND_POINT = (rs, i) -> new DemandMapPoint(rs.getLong("id"),
			rs.getDouble("lon"), rs.getDouble("lat"), rs.getString("name"),
			DemandCategory.valueOf(rs.getString("category")), rs.getInt("workers"));

	private static final RowMapper<StationMapPoint> STATION_POINT = (rs, i) -> new StationMapPoint(rs.getLong("id"),
			rs.getDouble("lon"), rs.getDouble("lat"), rs.getString("name"),
			StationStatus.valueOf(rs.getString("status")));

	private static final RowMapper<MapBin> BIN = (rs, i) -> new MapBin(rs.getLong("gx"), rs.getLong("gy"),
			rs.getLong("points"), rs.getLong("workers"), rs.getDouble("lon"), rs.getDouble("lat"));

	private final JdbcClient jdbc;

	CoverageMapRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Demand points in the view: all, or (with a run) the run's uncovered ones. */
	CoverageMapData<DemandMapPoint> demand(BinGrid grid, RunRow run) {
		return demand(grid, CoverageRunRepository.RUN_UNCOVERED, run.params());
	}

	CoverageMapData<DemandMapPoint> demand(BinGrid grid) {
		return demand(grid, DEMAND_ALL, Map.of());
	}

	private CoverageMapData<DemandMapPoint> demand(BinGrid grid, String filter, Map<String, Object> filterParams) {
		Map<String, Object> params = new HashMap<>(grid.params());
		params.putAll(filterParams);
		String where = "dp.location && " + grid.envelopeSql() + " AND " + filter;
		if (probe("demand_point dp", where, params) < PROBE) {
			return CoverageMapData.ofPoints(jdbc.sql("""
					SELECT dp.id, ST_X(dp.location) AS lon, ST_Y(dp.location) AS lat, dp.name, dp.category, dp.workers
					FROM demand_point dp
					WHERE %s
					ORDER BY dp.workers DESC, dp.id
					""".formatted(where)).params(params).query(DEMAND_POINT).list());
		}
		return CoverageMapData.ofBins(bins(grid, "demand_point dp", "dp", "dp.workers", where, params));
	}

	/** The stations of the scope's type and statuses in the view. */
	CoverageMapData<StationMapPoint> stations(BinGrid grid, CoverageScope scope) {
		Map<String, Object> params = new HashMap<>(grid.params());
		params.put("type", scope.type().name());
		params.put("statuses", scope.statuses());
		String where = "s.location && " + grid.envelopeSql() + " AND " + STATION_SCOPE;
		if (probe("station s", where, params) < PROBE) {
			return CoverageMapData.ofPoints(jdbc.sql("""
					SELECT s.id, ST_X(s.location) AS lon, ST_Y(s.location) AS lat, s.name, s.status
					FROM station s
					WHERE %s
					ORDER BY s.id
					""".formatted(where)).params(params).query(STATION_POINT).list());
		}
		return CoverageMapData.ofBins(bins(grid, "station s", "s", "0", where, params));
	}

	/** How many rows match, counting no further than {@link #PROBE}. */
	private long probe(String from, String where, Map<String, Object> params) {
		return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM %s WHERE %s LIMIT %d) probe".formatted(from, where, PROBE))
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The rows per grid cell ({@link BinGrid}: floor(lon / cellLon), floor(lat /
	 * cellLat)): count, sum of {@code weight}, mean position.
	 */
	private List<MapBin> bins(BinGrid grid, String from, String alias, String weight, String where,
			Map<String, Object> params) {
		// the planner takes each row for a group of its own (it cannot estimate the
		// cells) and sorts all of them; hashing them into the few cells took half the
		// time (0.49 s instead of 1.04 s for 335,297 points at province scale). SET
		// LOCAL: for the rest of this read-only transaction, which ends with this query.
		// No ORDER BY either: for the groups it expects (one per row) the
		// planner sorted the rows instead of hashing them (1,027,258 uncovered
		// points: 3.3 s sorted, 2.5 s hashed); the few cells are sorted here.
		jdbc.sql("SELECT set_config('enable_sort', 'off', true)").query().listOfRows();
		List<MapBin> bins = new ArrayList<>(jdbc
			.sql("""
					SELECT %5$s,
					       count(*) AS points, coalesce(sum(%3$s), 0) AS workers,
					       avg(ST_X(%2$s.location)) AS lon, avg(ST_Y(%2$s.location)) AS lat
					FROM %1$s
					WHERE %4$s
					GROUP BY 1, 2
					""".formatted(from, alias, weight, where,
					grid.binKeySql("ST_X(%s.location)".formatted(alias), "ST_Y(%s.location)".formatted(alias))))
			.params(params)
			.query(BIN)
			.list());
		bins.sort(Comparator.comparingLong(MapBin::gx).thenComparingLong(MapBin::gy));
		return bins;
	}

	/**
	 * The run's uncovered points and workers per hexagon of edge {@code sizeMetres}
	 * (today's hex grid: in the UTM zone of the districts' centroid, so sizes are true
	 * metres), for the hexagons that meet the view. Each hexagon counts all its points,
	 * also those just outside the view (points up to {@code marginLon} /
	 * {@code marginLat} degrees outside it are read); each point counts in one hexagon:
	 * of the grid's hexagons that meet the point's box, the first that holds it.
	 */
	List<HexCell> hexGrid(RunRow run, int sizeMetres, double[] box, double marginLon, double marginLat) {
		Map<String, Object> params = run.params();
		params.put("west", box[0]);
		params.put("south", box[1]);
		params.put("east", box[2]);
		params.put("north", box[3]);
		params.put("size", (double) sizeMetres);
		params.put("marginLon", marginLon);
		params.put("marginLat", marginLat);
		return jdbc
			.sql("""
					WITH zone AS (SELECT 32600 + floor((ST_X(ST_Centroid(ST_Union(boundary))) + 180) / 6)::int + 1 AS srid
					              FROM district),
					     cell AS (
					         SELECT h.i, h.j, dp.workers
					         FROM demand_point dp
					         CROSS JOIN zone
					         CROSS JOIN LATERAL (SELECT ST_Transform(dp.location, zone.srid) AS g) u
					         CROSS JOIN LATERAL (SELECT g.i, g.j
					                             FROM ST_HexagonGrid(:size, u.g) g
					                             WHERE ST_Intersects(g.geom, u.g)
					                             ORDER BY g.i, g.j
					                             LIMIT 1) h
					         WHERE dp.location && ST_Expand(ST_MakeEnvelope(:west, :south, :east, :north, 4326), :marginLon, :marginLat)
					           AND %s),
					     hex AS (
					         SELECT c.i, c.j, ST_Transform(ST_SetSRID(ST_Hexagon(:size, c.i, c.j), zone.srid), 4326) AS g,
					                count(*) AS points, sum(c.workers) AS workers
					         FROM cell c, zone
					         GROUP BY c.i, c.j, zone.srid)
					SELECT ST_AsGeoJSON(hex.g, 5) AS geojson, hex.points, hex.workers
					FROM hex
					WHERE ST_Intersects(hex.g, ST_MakeEnvelope(:west, :south, :east, :north, 4326))
					ORDER BY hex.workers DESC, hex.i, hex.j
					"""
				.formatted(CoverageRunRepository.RUN_UNCOVERED))
			.params(params)
			.query((rs, i) -> new HexCell(rs.getString("geojson"), rs.getLong("points"), rs.getLong("workers")))
			.list();
	}

}
