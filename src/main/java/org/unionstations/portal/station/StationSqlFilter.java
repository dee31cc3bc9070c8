package org.unionstations.portal.station;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A {@link StationFilter} (and an operator's scope) as an SQL condition on
 * {@code station s}, for the PostGIS queries of {@link StationSpatialRepository}. It says
 * what {@link StationSpecifications#matching} says for the JPA queries; a test compares
 * the two on every filter field.
 *
 * @param sql a condition, {@code TRUE} when nothing narrows
 * @param params its named parameters
 */
record StationSqlFilter(String sql, Map<String, Object> params) {

	/**
	 * @param scope when not null, the caller may see these stations only (an operator's
	 * own)
	 * @param among when not null, only these stations (e.g. those carrying a programme
	 * badge)
	 */
	static StationSqlFilter of(StationFilter filter, @Nullable Collection<Long> scope,
			@Nullable Collection<Long> among) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (!filter.types().isEmpty()) {
			where.add("s.type = ANY(CAST(:types AS varchar[]))");
			params.put("types", filter.types().stream().map(Enum::name).toArray(String[]::new));
		}
		if (filter.districtId() != null) {
			where.add("s.district_id = :districtId");
			params.put("districtId", filter.districtId());
		}
		if (!filter.statuses().isEmpty()) {
			where.add("s.status = ANY(CAST(:statuses AS varchar[]))");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new));
		}
		if (filter.text() != null) {
			where.add("(lower(s.name) LIKE :text ESCAPE '\\' OR lower(s.address) LIKE :text ESCAPE '\\')");
			params.put("text", "%" + StationSpecifications.escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
		}
		if (!filter.services().isEmpty()) {
			// offers every one of them
			where.add("s.services @> CAST(:services AS varchar[])");
			params.put("services", filter.services().stream().map(Enum::name).toArray(String[]::new));
		}
		ids(where, params, "scope", scope);
		ids(where, params, "among", among);
		return new StationSqlFilter(where.isEmpty() ? "TRUE" : String.join(" AND ", where), params);
	}

	private static void ids(List<String> where, Map<String, Object> params, String name,
			@Nullable Collection<Long> ids) {
		if (ids == null) {
			return;
		}
		if (ids.isEmpty()) {
			where.add("FALSE");
			return;
		}
		where.add("s.id = ANY(CAST(:" + name + " AS bigint[]))");
		params.put(name, ids.stream().mapToLong(Long::longValue).toArray());
	}

}
