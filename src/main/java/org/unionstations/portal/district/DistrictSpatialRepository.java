package org.unionstations.portal.district;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The district feature's PostGIS SQL: which district a point lies in, boundaries as
 * GeoJSON.
 */
@Repository
class DistrictSpatialRepository {

	private final JdbcClient jdbc;

	DistrictSpatialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The district whose boundary contains the WGS84 point (uses the GiST index on
	 * boundary).
	 */
	Optional<Long> findContaining(double longitude, double latitude) {
		return jdbc.sql("""
				SELECT id FROM district
				WHERE ST_Contains(boundary, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))
				ORDER BY code LIMIT 1
				""").param("lon", longitude).param("lat", latitude).query(Long.class).optional();
	}

	/** The extent of all districts together: the city on a map. */
	Bounds findExtent() {
		return jdbc.sql("""
				SELECT ST_XMin(e) AS w, ST_YMin(e) AS s, ST_XMax(e) AS e, ST_YMax(e) AS n
				FROM (SELECT ST_Extent(boundary) AS e FROM district) x
				""")
			.query((rs, i) -> new Bounds(rs.getDouble("w"), rs.getDouble("s"), rs.getDouble("e"), rs.getDouble("n")))
			.single();
	}

	/** Every district with its boundary as GeoJSON geometry (6 decimals, about 0.1 m). */
	List<DistrictShape> findShapes() {
		return jdbc.sql("""
				SELECT id, code, name_zh, name_en, boundary_approximate, ST_AsGeoJSON(boundary, 6) AS geojson,
				       ST_Area(boundary::geography) / 1e6 AS area_km2
				FROM district ORDER BY code
				""")
			.query((rs, i) -> new DistrictShape(
					new DistrictRef(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
							rs.getString("name_en"), rs.getBoolean("boundary_approximate")),
					rs.getString("geojson"), rs.getDouble("area_km2")))
			.list();
	}

}
