package org.unionstations.portal.district;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The PostGIS SQL of the district import. The file's boundaries go into a temporary table
 * ({@code district_candidate}, dropped with the transaction) where PostGIS checks them
 * ({@code ST_IsValid}, repair with {@code ST_MakeValid}, overlaps, gaps) and from where a
 * commit replaces the districts and re-assigns stations and demand points, one statement
 * each, by the same {@code ST_Covers} rule as {@link DistrictSpatialRepository}. It reads
 * and writes the station and demand point tables directly: district sits below those
 * features and cannot call them.
 */
@Repository
class DistrictImportRepository {

	/** Tables whose district follows the boundaries: re-assigned, never blocking. */
	static final List<String> FOLLOWING_TABLES = List.of("station", "demand_point");

	private final JdbcClient jdbc;

	DistrictImportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One feature to check: its code and name as read, its geometry as WKB (hex). */
	record Candidate(int feature, @Nullable String code, @Nullable String nameZh, @Nullable String nameEn,
			String wkbHex) {
	}

	/** What PostGIS says of a candidate. */
	record Checked(int feature, boolean valid, @Nullable String reason, boolean repairable, double areaKm2,
			String geoJson) {
	}

	/**
	 * Loads the candidates into {@code district_candidate}; {@code effective} is the
	 * boundary that would be saved: the geometry when valid, else (with {@code repair})
	 * its {@code ST_MakeValid} polygons, else null.
	 */
	void load(List<Candidate> candidates, boolean repair) {
		jdbc.sql("DROP TABLE IF EXISTS district_candidate").update();
		jdbc.sql("""
				CREATE TEMPORARY TABLE district_candidate (
				    feature   int PRIMARY KEY,
				    code      text,
				    name_zh   text,
				    name_en   text,
				    g         geometry,
				    valid     boolean,
				    reason    text,
				    repaired  geometry,
				    effective geometry
				) ON COMMIT DROP
				""").update();
		jdbc.sql("""
				INSERT INTO district_candidate (feature, code, name_zh, name_en, g)
				SELECT f, c, nz, ne, ST_SetSRID(ST_GeomFromWKB(decode(h, 'hex')), 4326)
				FROM unnest(CAST(:f AS int[]), CAST(:c AS text[]), CAST(:nz AS text[]), CAST(:ne AS text[]),
				            CAST(:h AS text[])) AS t(f, c, nz, ne, h)
				""")
			.param("f", candidates.stream().mapToInt(Candidate::feature).toArray())
			.param("c", candidates.stream().map(Candidate::code).toArray(String[]::new))
			.param("nz", candidates.stream().map(Candidate::nameZh).toArray(String[]::new))
			.param("ne", candidates.stream().map(Candidate::nameEn).toArray(String[]::new))
			.param("h", candidates.stream().map(Candidate::wkbHex).toArray(String[]::new))
			.update();
		jdbc.sql("""
				UPDATE district_candidate
				SET valid = ST_IsValid(g),
				    reason = CASE WHEN ST_IsValid(g) THEN NULL ELSE ST_IsValidReason(g) END,
				    repaired = CASE WHEN ST_IsValid(g) THEN NULL
				                    ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Multi(g)), 3)) END
				""").update();
		jdbc.sql("""
				UPDATE district_candidate
				SET effective = CASE WHEN valid THEN ST_Multi(g)
				                     WHEN :repair AND NOT ST_IsEmpty(repaired) THEN repaired END
				""").param("repair", repair).update();
	}

	/** Validity, area (as it would be saved) and GeoJSON of every candidate. */
	List<Checked> checked() {
		return jdbc
			.sql("""
					SELECT feature, valid, reason, repaired IS NOT NULL AND NOT ST_IsEmpty(repaired) AS repairable,
					       coalesce(ST_Area(effective::geography), ST_Area(coalesce(repaired, g)::geography), 0) / 1e6 AS km2,
					       ST_AsGeoJSON(coalesce(effective, g), 6) AS geojson
					FROM district_candidate ORDER BY feature
					""")
			.query((rs, i) -> new Checked(rs.getInt("feature"), rs.getBoolean("valid"), rs.getString("reason"),
					rs.getBoolean("repairable"), rs.getDouble("km2"), rs.getString("geojson")))
			.list();
	}

	/**
	 * Pairs of candidates whose boundaries overlap by more than {@code toleranceKm2}
	 * (checked on the repaired boundaries of invalid ones, so the check never fails).
	 */
	List<DistrictOverlap> overlaps(double toleranceKm2) {
		return jdbc.sql("""
				WITH c AS (SELECT feature, coalesce(code, '') AS code, coalesce(name_zh, '') AS name,
				                  coalesce(effective, repaired) AS b
				           FROM district_candidate WHERE coalesce(effective, repaired) IS NOT NULL)
				SELECT * FROM (
				    SELECT a.feature AS fa, a.code AS ca, a.name AS na, b.feature AS fb, b.code AS cb, b.name AS nb,
				           ST_Area(ST_Intersection(a.b, b.b)::geography) / 1e6 AS km2
				    FROM c a JOIN c b ON a.feature < b.feature AND ST_Intersects(a.b, b.b)) o
				WHERE km2 > :tolerance ORDER BY fa, fb
				""")
			.param("tolerance", toleranceKm2)
			.query((rs, i) -> new DistrictOverlap(rs.getInt("fa"), rs.getString("ca"), rs.getString("na"),
					rs.getInt("fb"), rs.getString("cb"), rs.getString("nb"), rs.getDouble("km2")))
			.list();
	}

	/**
	 * Holes of the union of the candidates inside its outer rings, larger than
	 * {@code toleranceKm2}: land that no district would cover, largest first.
	 */
	List<DistrictGap> gaps(double toleranceKm2) {
		List<DistrictGap> gaps = new ArrayList<>();
		jdbc.sql("""
				WITH u AS (SELECT ST_Union(coalesce(effective, repaired)) AS g FROM district_candidate),
				     parts AS (SELECT (ST_Dump(g)).geom AS p FROM u),
				     holes AS (SELECT ST_MakePolygon(ST_InteriorRingN(p, n)) AS h
				               FROM parts, generate_series(1, ST_NumInteriorRings(p)) AS n)
				SELECT ST_Area(h::geography) / 1e6 AS km2, ST_X(ST_PointOnSurface(h)) AS lon,
				       ST_Y(ST_PointOnSurface(h)) AS lat, ST_AsGeoJSON(h, 6) AS geojson
				FROM holes WHERE ST_Area(h::geography) / 1e6 > :tolerance
				ORDER BY km2 DESC
				""").param("tolerance", toleranceKm2).query(rs -> {
			gaps.add(new DistrictGap(gaps.size() + 1, rs.getDouble("km2"), rs.getDouble("lon"), rs.getDouble("lat"),
					rs.getString("geojson")));
		});
		return gaps;
	}

	/** The extent of the candidates' boundaries; null when none was readable. */
	@Nullable Bounds extent() {
		return jdbc.sql("""
				SELECT ST_XMin(e) AS w, ST_YMin(e) AS s, ST_XMax(e) AS e, ST_YMax(e) AS n
				FROM (SELECT ST_Extent(coalesce(effective, g)) AS e FROM district_candidate) x WHERE e IS NOT NULL
				""")
			.query((rs, i) -> new Bounds(rs.getDouble("w"), rs.getDouble("s"), rs.getDouble("e"), rs.getDouble("n")))
			.optional()
			.orElse(null);
	}

	/** Current districts whose codes the candidates do not have. */
	List<DistrictRef> removed() {
		return jdbc.sql("""
				SELECT id, code, name_zh, name_en, boundary_approximate FROM district
				WHERE code NOT IN (SELECT code FROM district_candidate WHERE code IS NOT NULL)
				ORDER BY code
				""")
			.query((rs, i) -> new DistrictRef(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
					rs.getString("name_en"), rs.getBoolean("boundary_approximate")))
			.list();
	}

	/**
	 * Rows of the given table that would change district, with the candidates as the
	 * districts (a preview: the districts themselves are untouched). Each row: id, name,
	 * point, new code (null: outside every candidate).
	 */
	List<Moving> moving(String table) {
		requireFollowing(table);
		return jdbc.sql("""
				SELECT t.id, t.name, ST_X(t.location) AS lon, ST_Y(t.location) AS lat, n.code AS new_code
				FROM %s t
				LEFT JOIN district d ON d.id = t.district_id
				LEFT JOIN LATERAL (
				    SELECT c.code FROM district_candidate c
				    WHERE c.effective IS NOT NULL AND ST_Covers(c.effective, t.location)
				    ORDER BY ST_Contains(c.effective, t.location) DESC, c.code LIMIT 1) n ON true
				WHERE n.code IS DISTINCT FROM d.code OR n.code IS NULL
				ORDER BY t.id
				""".formatted(table))
			.query((rs,
					i) -> new Moving(new PlaceOutside(rs.getLong("id"), rs.getString("name"), rs.getDouble("lon"),
							rs.getDouble("lat")), rs.getString("new_code")))
			.list();
	}

	record Moving(PlaceOutside place, @Nullable String newCode) {
	}

	/**
	 * Every foreign key to district as (table, column), from the catalogue, so a table
	 * added later blocks a removal too.
	 */
	List<String[]> references() {
		return jdbc.sql("""
				SELECT c.conrelid::regclass::text AS tbl, quote_ident(a.attname) AS col
				FROM pg_constraint c
				JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
				WHERE c.contype = 'f' AND c.confrelid = 'district'::regclass
				ORDER BY 1, 2
				""").query((rs, i) -> new String[] { rs.getString("tbl"), rs.getString("col") }).list();
	}

	/**
	 * The districts among {@code codes} that rows of other tables than
	 * {@code excludedTables} still refer to.
	 */
	List<RemovalBlocked> blocked(List<DistrictRef> removed, List<String> excludedTables) {
		if (removed.isEmpty()) {
			return List.of();
		}
		Map<Long, List<RemovalBlocked.Reference>> byDistrict = new LinkedHashMap<>();
		for (String[] reference : references()) {
			String table = reference[0];
			if (excludedTables.contains(table)) {
				continue;
			}
			jdbc.sql(
					"SELECT %2$s AS district_id, count(*) AS n FROM %1$s WHERE %2$s = ANY(CAST(:ids AS bigint[])) GROUP BY 1"
						.formatted(table, reference[1]))
				.param("ids", removed.stream().mapToLong(DistrictRef::id).toArray())
				.query(rs -> {
					byDistrict.computeIfAbsent(rs.getLong("district_id"), k -> new ArrayList<>())
						.add(new RemovalBlocked.Reference(table, rs.getLong("n")));
				});
		}
		return removed.stream()
			.filter(d -> byDistrict.containsKey(d.id()))
			.map(d -> new RemovalBlocked(d.code(), d.nameZh(), d.nameEn(), byDistrict.get(d.id())))
			.toList();
	}

	/** Waits for other writers of districts and keeps them out until the commit. */
	void lockDistricts() {
		jdbc.sql("LOCK TABLE district IN EXCLUSIVE MODE").update();
	}

	/** Current districts for the change log: code → field values. */
	Map<String, Map<String, String>> snapshots() {
		Map<String, Map<String, String>> snapshots = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT id, code, name_zh, name_en, boundary_approximate,
				       round(CAST(ST_Area(boundary::geography) / 1e6 AS numeric), 2) AS km2,
				       md5(ST_AsBinary(boundary)) AS boundary_md5
				FROM district ORDER BY code
				""").query(rs -> {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("id", rs.getString("id"));
			fields.put("code", rs.getString("code"));
			fields.put("name_zh", rs.getString("name_zh"));
			fields.put("name_en", rs.getString("name_en"));
			fields.put("boundary_approximate", rs.getString("boundary_approximate"));
			fields.put("area_km2", rs.getString("km2"));
			fields.put("boundary_md5", rs.getString("boundary_md5"));
			snapshots.put(rs.getString("code"), fields);
		});
		return snapshots;
	}

	/**
	 * Updates the districts whose codes the candidates have (an English name the file
	 * lacks is kept) and adds the others (their English name is then the Chinese one).
	 */
	int[] upsert() {
		int updated = jdbc.sql("""
				UPDATE district d
				SET name_zh = c.name_zh, name_en = coalesce(nullif(c.name_en, ''), d.name_en), boundary = c.effective,
				    boundary_approximate = false, version = d.version + 1
				FROM district_candidate c WHERE c.code = d.code
				""").update();
		int added = jdbc.sql("""
				INSERT INTO district (code, name_zh, name_en, boundary, boundary_approximate)
				SELECT c.code, c.name_zh, coalesce(nullif(c.name_en, ''), c.name_zh), c.effective, false
				FROM district_candidate c WHERE NOT EXISTS (SELECT 1 FROM district d WHERE d.code = c.code)
				ORDER BY c.code
				""").update();
		return new int[] { added, updated };
	}

	/**
	 * Gives every row of the table the district that covers it among the file's codes
	 * (districts about to be deleted excluded), by {@link DistrictSpatialRepository}'s
	 * rule; rows outside every district get none. Only changed rows are written, with
	 * their version raised, so an editor open on one of them cannot save a stale
	 * district.
	 */
	int reassign(String table) {
		requireFollowing(table);
		return jdbc.sql("""
				WITH n AS (
				    SELECT t.id, (SELECT d.id FROM district d
				                  WHERE d.code IN (SELECT code FROM district_candidate)
				                    AND ST_Covers(d.boundary, t.location)
				                  ORDER BY ST_Contains(d.boundary, t.location) DESC, d.code LIMIT 1) AS district_id
				    FROM %1$s t)
				UPDATE %1$s t SET district_id = n.district_id, version = t.version + 1
				FROM n WHERE n.id = t.id AND t.district_id IS DISTINCT FROM n.district_id
				""".formatted(table)).update();
	}

	/** Rows of the table in no district, by id. */
	List<PlaceOutside> outside(String table) {
		requireFollowing(table);
		return jdbc.sql("""
				SELECT id, name, ST_X(location) AS lon, ST_Y(location) AS lat FROM %s
				WHERE district_id IS NULL ORDER BY id
				""".formatted(table))
			.query((rs, i) -> new PlaceOutside(rs.getLong("id"), rs.getString("name"), rs.getDouble("lon"),
					rs.getDouble("lat")))
			.list();
	}

	void delete(List<DistrictRef> removed) {
		jdbc.sql("DELETE FROM district WHERE id = ANY(CAST(:ids AS bigint[]))")
			.param("ids", removed.stream().mapToLong(DistrictRef::id).toArray())
			.update();
	}

	Set<String> existingCodes() {
		return new HashSet<>(jdbc.sql("SELECT code FROM district").query(String.class).list());
	}

	/** The city's name as saved (code unset: the districts give it). */
	Optional<City> cityName() {
		return jdbc.sql("SELECT name_zh, name_en FROM city WHERE id = 1")
			.query((rs, i) -> new City(null, rs.getString("name_zh"), rs.getString("name_en")))
			.optional();
	}

	/** The city's name, one row. */
	void saveCity(String nameZh, String nameEn, String username) {
		jdbc.sql("""
				INSERT INTO city (id, name_zh, name_en, updated_at, updated_by) VALUES (1, :zh, :en, now(), :by)
				ON CONFLICT (id) DO UPDATE SET name_zh = :zh, name_en = :en, updated_at = now(), updated_by = :by,
				    version = city.version + 1
				""").param("zh", nameZh).param("en", nameEn).param("by", username).update();
	}

	private static void requireFollowing(String table) {
		if (!FOLLOWING_TABLES.contains(table)) {
			throw new IllegalArgumentException(table);
		}
	}

}
