package org.unionstations.portal.station;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The station feature's PostGIS-specific SQL, in one place. Distances are on
 * {@code geography} (metres on the WGS84 spheroid) and use the expression index
 * {@code station_location_geog_gix}. The bulk query for imports takes whole columns of
 * points as arrays ({@code unnest ... WITH ORDINALITY}), so a file of thousands of rows
 * costs one query, not one per row; the returned indexes are 0-based positions in those
 * arrays. (Districts and repeated rows are found by {@code DistrictService} and
 * {@code RepeatedRows} the same way.)
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
