package org.unionstations.portal.station;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The station feature's PostGIS-specific SQL, in one place. Distances are on
 * {@code geography} (metres on the WGS84 spheroid) and use the expression index
 * {@code station_location_geog_gix}. The bulk queries for imports take whole columns of
 * points as arrays ({@code unnest ... WITH ORDINALITY}), so a file of thousands of rows
 * costs one query each, not one per row; the returned indexes are 0-based positions in
 * those arrays.
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
	 * For each WGS84 point, the district whose boundary contains it (the first by code,
	 * should boundaries overlap); points outside every district are absent from the map.
	 */
	Map<Integer, Long> findDistricts(double[] longitudes, double[] latitudes) {
		Map<Integer, Long> districts = new HashMap<>();
		if (longitudes.length == 0) {
			return districts;
		}
		jdbc.sql("""
				SELECT p.i, d.id
				FROM unnest(CAST(:lon AS float8[]), CAST(:lat AS float8[])) WITH ORDINALITY AS p(lon, lat, i)
				CROSS JOIN LATERAL (
				    SELECT id FROM district
				    WHERE ST_Contains(boundary, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326))
				    ORDER BY code LIMIT 1) d
				""")
			.param("lon", longitudes)
			.param("lat", latitudes)
			.query((rs, n) -> districts.put(rs.getInt("i") - 1, rs.getLong("id")))
			.list();
		return districts;
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
	 * Pairs of points with the same key that lie within {@code metres} of each other, as
	 * {@code [earlier, later]} indexes.
	 */
	List<int[]> findPairsWithin(String[] keys, double[] longitudes, double[] latitudes, double metres) {
		if (keys.length < 2) {
			return List.of();
		}
		return jdbc.sql("""
				WITH p AS (
				    SELECT i, key, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography AS g
				    FROM unnest(CAST(:key AS text[]), CAST(:lon AS float8[]), CAST(:lat AS float8[]))
				         WITH ORDINALITY AS t(key, lon, lat, i))
				SELECT a.i AS earlier, b.i AS later
				FROM p a JOIN p b ON a.key = b.key AND a.i < b.i AND ST_DWithin(a.g, b.g, :metres)
				ORDER BY b.i, a.i
				""")
			.param("key", keys)
			.param("lon", longitudes)
			.param("lat", latitudes)
			.param("metres", metres)
			.query((rs, n) -> new int[] { rs.getInt("earlier") - 1, rs.getInt("later") - 1 })
			.list();
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
