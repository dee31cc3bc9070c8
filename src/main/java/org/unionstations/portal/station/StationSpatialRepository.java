package org.unionstations.portal.station;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionstations.portal.base.geo.BinGrid;

/**
 * The station feature's PostGIS-specific SQL, in one place. Distances are on
 * {@code geography} (metres on the WGS84 spheroid) and use the expression index
 * {@code station_location_geog_gix}. The bulk query for imports takes whole columns of
 * points as arrays ({@code unnest ... WITH ORDINALITY}), so a file of thousands of rows
 * costs one query, not one per row; the returned indexes are 0-based positions in those
 * arrays. (Districts and repeated rows are found by {@code DistrictService} and
 * {@code RepeatedRows} the same way.)
 * <p>
 * The map's queries take a {@link BinGrid}: stations in its box ({@code location &&}
 * envelope, answered by {@code station_location_gix}), as points or as counts per cell
 * and type, each under a {@link StationSqlFilter}.
 */
@Repository
class StationSpatialRepository {

	private final JdbcClient jdbc;

	StationSpatialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<NearbyStation> findWithin(double longitude, double latitude, double radiusMetres) {
		return jdbc.sql("""
				SELECT s.id, s.type, s.name, s.status,
				       ST_Distance(s.location::geography, p.g) AS distance_m
				FROM station s,
				     (SELECT ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography AS g) p
				WHERE ST_DWithin(s.location::geography, p.g, :radius)
				ORDER BY distance_m, s.id
				""")
			.param("lon", longitude)
			.param("lat", latitude)
			.param("radius", radiusMetres)
			.query((rs, i) -> new NearbyStation(rs.getLong("id"), StationType.valueOf(rs.getString("type")),
					rs.getString("name"), StationStatus.valueOf(rs.getString("status")), rs.getDouble("distance_m")))
			.list();
	}

	/**
	 * Existing stations within {@code metres} of each WGS84 point (geography, metres).
	 */
	List<StationNearPoint> findStationsNear(double[] longitudes, double[] latitudes, double metres) {
		if (longitudes.length == 0) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT p.i, s.id, s.name
				FROM unnest(CAST(:lon AS float8[]), CAST(:lat AS float8[])) WITH ORDINALITY AS p(lon, lat, i)
				JOIN station s
				  ON ST_DWithin(s.location::geography, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326)::geography, :metres)
				ORDER BY p.i, s.id
				""")
			.param("lon", longitudes)
			.param("lat", latitudes)
			.param("metres", metres)
			.query((rs, n) -> new StationNearPoint(rs.getInt("i") - 1, rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/**
	 * How many stations match in the grid's box, counting no further than {@code limit}
	 * (so the answer costs at most {@code limit} rows however many there are).
	 */
	long countInBox(StationSqlFilter filter, BinGrid grid, int limit) {
		return jdbc
			.sql("SELECT count(*) FROM (SELECT 1 FROM station s WHERE s.location && " + grid.envelopeSql() + " AND "
					+ filter.sql() + " LIMIT :limit) c")
			.params(grid.params())
			.params(filter.params())
			.param("limit", limit)
			.query(Long.class)
			.single();
	}

	/** How many stations match in a WGS84 box (borders included). */
	long countIn(StationSqlFilter filter, double west, double south, double east, double north) {
		return jdbc.sql("""
				SELECT count(*) FROM station s
				WHERE s.location && ST_MakeEnvelope(:west, :south, :east, :north, 4326) AND %s
				""".formatted(filter.sql()))
			.param("west", west)
			.param("south", south)
			.param("east", east)
			.param("north", north)
			.params(filter.params())
			.query(Long.class)
			.single();
	}

	/** The stations in the grid's box, by id. */
	List<StationMarker> pointsInBox(StationSqlFilter filter, BinGrid grid) {
		return jdbc
			.sql("SELECT s.id, s.type, s.status, s.name, ST_X(s.location) AS lon, ST_Y(s.location) AS lat"
					+ " FROM station s WHERE s.location && " + grid.envelopeSql() + " AND " + filter.sql()
					+ " ORDER BY s.id")
			.params(grid.params())
			.params(filter.params())
			.query((rs, i) -> new StationMarker(rs.getLong("id"), StationType.valueOf(rs.getString("type")),
					StationStatus.valueOf(rs.getString("status")), rs.getString("name"), rs.getDouble("lon"),
					rs.getDouble("lat")))
			.list();
	}

	/**
	 * The stations in the grid's box as counts per type and cell, each at the mean
	 * position of its stations.
	 */
	List<StationBin> binsInBox(StationSqlFilter filter, BinGrid grid) {
		return jdbc
			.sql("SELECT type, gx, gy, count(*) AS n, avg(lon) AS lon, avg(lat) AS lat FROM ("
					+ " SELECT s.type, ST_X(s.location) AS lon, ST_Y(s.location) AS lat, "
					+ grid.binKeySql("ST_X(s.location)", "ST_Y(s.location)") + " FROM station s WHERE s.location && "
					+ grid.envelopeSql() + " AND " + filter.sql() + ") b GROUP BY type, gx, gy ORDER BY type, gx, gy")
			.params(grid.params())
			.params(filter.params())
			.query((rs, i) -> new StationBin(StationType.valueOf(rs.getString("type")), rs.getLong("gx"),
					rs.getLong("gy"), rs.getLong("n"), rs.getDouble("lon"), rs.getDouble("lat")))
			.list();
	}

	/** How many stations match, per type (types without any are left out). */
	Map<StationType, Long> countByType(StationSqlFilter filter) {
		Map<StationType, Long> counts = new EnumMap<>(StationType.class);
		jdbc.sql("SELECT s.type, count(*) AS n FROM station s WHERE " + filter.sql() + " GROUP BY s.type")
			.params(filter.params())
			.query(rs -> {
				counts.put(StationType.valueOf(rs.getString("type")), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * Makes imports take turns until the end of the calling transaction, so two imports
	 * cannot both pass the duplicate check with the same station.
	 */
	void lockForImport() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('station-import'))").query().listOfRows();
	}

	/** An existing station near the point at {@code index}. */
	record StationNearPoint(int index, long id, String name) {
	}

}
