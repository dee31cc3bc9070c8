package org.unionstations.portal.base.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionstations.portal.base.geo.LonLat;

/**
 * Rows of one import file that repeat each other: the same key (a name, for instance) and
 * points less than a distance apart, measured on {@code geography} (metres on the WGS84
 * spheroid). One query for the whole file, over the rows whose key occurs more than once.
 */
@Component
public class RepeatedRows {

	private final JdbcClient jdbc;

	RepeatedRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * For every row that repeats an earlier one, the earliest row it repeats (indexes
	 * into the lists). Rows without a key or a point repeat nothing.
	 */
	public Map<Integer, Integer> earlier(List<@Nullable String> keys, List<@Nullable LonLat> points, double metres) {
		Map<String, Long> counts = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			if (keys.get(i) != null && points.get(i) != null) {
				counts.merge(keys.get(i), 1L, Long::sum);
			}
		}
		// only rows whose key occurs more than once can repeat each other
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			if (keys.get(i) != null && points.get(i) != null && counts.get(keys.get(i)) > 1) {
				candidates.add(i);
			}
		}
		Map<Integer, Integer> earlier = new HashMap<>();
		if (candidates.size() < 2) {
			return earlier;
		}
		jdbc.sql("""
				WITH p AS (
				    SELECT i, key, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography AS g
				    FROM unnest(CAST(:key AS text[]), CAST(:lon AS float8[]), CAST(:lat AS float8[]))
				         WITH ORDINALITY AS t(key, lon, lat, i))
				SELECT a.i AS earlier, b.i AS later
				FROM p a JOIN p b ON a.key = b.key AND a.i < b.i AND ST_DWithin(a.g, b.g, :metres)
				ORDER BY b.i, a.i
				""")
			.param("key", candidates.stream().map(keys::get).toArray(String[]::new))
			.param("lon", candidates.stream().mapToDouble(i -> points.get(i).longitude()).toArray())
			.param("lat", candidates.stream().mapToDouble(i -> points.get(i).latitude()).toArray())
			.param("metres", metres)
			.query(rs -> {
				earlier.putIfAbsent(candidates.get(rs.getInt("later") - 1), candidates.get(rs.getInt("earlier") - 1));
			});
		return earlier;
	}

}
