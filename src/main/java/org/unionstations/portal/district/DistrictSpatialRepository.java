package org.unionstations.portal.district;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
	 * The district a WGS84 point lies in, its boundary included (uses the GiST index on
	 * boundary). {@code ST_Covers}, not {@code ST_Contains}: a point exactly on a border
	 * is inside neither polygon's interior, but it is still in the city. When two
	 * districts claim a point (a shared border), the one whose interior holds it wins,
	 * then the first by code, so the answer never depends on the plan.
	 */
	Optional<Long> findContaining(double longitude, double latitude) {
		return jdbc.sql("""
				SELECT id FROM district
				WHERE ST_Covers(boundary, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))
				ORDER BY ST_Contains(boundary, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)) DESC, code
				LIMIT 1
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

	/**
	 * For each WGS84 point, its district as {@link #findContaining} finds it (boundary
	 * included; on a shared border the district whose interior holds it, then the first
	 * by code); points outside every district are absent from the map. One query for all
	 * points ({@code unnest ... WITH ORDINALITY}); the keys are 0-based positions in the
	 * arrays.
	 */
	Map<Integer, DistrictRef> findContainingAll(double[] longitudes, double[] latitudes) {
		Map<Integer, DistrictRef> districts = new HashMap<>();
		if (longitudes.length == 0) {
			return districts;
		}
		jdbc.sql("""
				SELECT p.i, d.id, d.code, d.name_zh, d.name_en, d.boundary_approximate
				FROM unnest(CAST(:lon AS float8[]), CAST(:lat AS float8[])) WITH ORDINALITY AS p(lon, lat, i)
				CROSS JOIN LATERAL (
				    SELECT id, code, name_zh, name_en, boundary_approximate FROM district
				    WHERE ST_Covers(boundary, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326))
				    ORDER BY ST_Contains(boundary, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326)) DESC, code
				    LIMIT 1) d
				""").param("lon", longitudes).param("lat", latitudes).query(rs -> {
			districts.put(rs.getInt("i") - 1, new DistrictRef(rs.getLong("id"), rs.getString("code"),
					rs.getString("name_zh"), rs.getString("name_en"), rs.getBoolean("boundary_approximate")));
		});
		return districts;
	}

	/**
	 * The city: its saved name, and the districts' common parent code (first four digits
	 * + "00") when all codes are six digits sharing their first four.
	 */
	City findCity() {
		String code = jdbc.sql("""
				SELECT CASE WHEN count(DISTINCT left(code, 4)) = 1 AND bool_and(code ~ '^[0-9]{6}$')
				            THEN min(left(code, 4)) || '00' END
				FROM district
				""").query(String.class).optional().orElse(null);
		return jdbc.sql("SELECT name_zh, name_en FROM city WHERE id = 1")
			.query((rs, i) -> new City(code, rs.getString("name_zh"), rs.getString("name_en")))
			.optional()
			.orElse(new City(code, "", ""));
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
