package org.unionstations.portal.station;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The station feature's PostGIS-specific SQL, in one place. Distances are on
 * {@code geography} (metres on the WGS84 spheroid) and use the expression index
 * {@code station_location_geog_gix}.
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

}
