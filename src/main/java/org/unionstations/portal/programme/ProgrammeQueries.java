package org.unionstations.portal.programme;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

/**
 * The programme grids' reads in SQL: a programme table joined to its station and
 * district, narrowed by a {@link ProgrammeFilter} and the operator scope, sorted and
 * paged in the database. One query per page, whatever the programme.
 */
@Repository
class ProgrammeQueries {

	/** A programme table and the grid properties it can be sorted by (property → SQL). */
	record Table(String name, Map<String, String> sortable) {
	}

	private static final String FROM = """
			FROM %s r
			JOIN station s ON s.id = r.station_id
			LEFT JOIN district d ON d.id = s.district_id
			WHERE r.programme_year = :year
			  AND (CAST(:districtId AS bigint) IS NULL OR s.district_id = :districtId)
			  AND (CAST(:stationType AS varchar) IS NULL OR s.type = :stationType)
			  AND (CAST(:status AS varchar) IS NULL OR r.status = :status)
			  AND (CAST(:text AS varchar) IS NULL OR s.name ILIKE :text OR s.address ILIKE :text)
			  AND (:allStations OR s.id = ANY(:scope))
			""";

	static final String STATION_COLUMNS = "s.id AS s_id, s.name AS s_name, s.address AS s_address, s.type AS s_type, "
			+ "s.status AS s_status, d.name_zh AS d_name_zh, d.name_en AS d_name_en, ST_X(s.location) AS s_lon, "
			+ "ST_Y(s.location) AS s_lat";

	private static final Map<String, String> STATION_SORTS = Map.of("station", "s.name", "district", "d.name_zh",
			"stationType", "s.type", "status", "r.status", "updatedAt", "r.updated_at");

	private final JdbcClient jdbc;

	ProgrammeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	<T> List<T> page(Table table, String columns, ProgrammeFilter filter, Scope scope, Pageable pageable,
			RowMapper<T> mapper) {
		String sql = "SELECT r.*, " + STATION_COLUMNS + (columns.isEmpty() ? "" : ", " + columns) + "\n" + from(table)
				+ orderBy(table, pageable.getSort());
		if (pageable.isPaged()) {
			sql += "\nLIMIT " + pageable.getPageSize() + " OFFSET " + pageable.getOffset();
		}
		return jdbc.sql(sql).params(params(filter, scope)).query(mapper).list();
	}

	<T> T byId(Table table, String columns, long id, RowMapper<T> mapper) {
		return jdbc
			.sql("SELECT r.*, " + STATION_COLUMNS + (columns.isEmpty() ? "" : ", " + columns) + " FROM " + table.name()
					+ " r JOIN station s ON s.id = r.station_id LEFT JOIN district d ON d.id = s.district_id"
					+ " WHERE r.id = :id")
			.param("id", id)
			.query(mapper)
			.single();
	}

	long count(Table table, ProgrammeFilter filter, Scope scope) {
		return jdbc.sql("SELECT count(*) " + from(table)).params(params(filter, scope)).query(Long.class).single();
	}

	/** Records per status under the filter (the filter's own status ignored). */
	<S extends Enum<S>> List<StatusCount<S>> countByStatus(Table table, ProgrammeFilter filter, Scope scope,
			Class<S> type) {
		Map<String, Long> found = new LinkedHashMap<>();
		jdbc.sql("SELECT r.status, count(*) AS n " + from(table) + " GROUP BY r.status")
			.params(params(filter.withStatus(null), scope))
			.query(rs -> {
				found.put(rs.getString("status"), rs.getLong("n"));
			});
		List<StatusCount<S>> counts = new ArrayList<>();
		for (S s : type.getEnumConstants()) {
			counts.add(new StatusCount<>(s, found.getOrDefault(s.name(), 0L)));
		}
		return counts;
	}

	/** A sum of one numeric column under the filter (budgets). */
	java.math.BigDecimal sum(Table table, String column, ProgrammeFilter filter, Scope scope) {
		return jdbc.sql("SELECT coalesce(sum(r." + column + "), 0) " + from(table))
			.params(params(filter, scope))
			.query(java.math.BigDecimal.class)
			.single();
	}

	/** The station of each record id. */
	Map<Long, Long> stationIds(Table table, Collection<Long> ids) {
		Map<Long, Long> map = new LinkedHashMap<>();
		jdbc.sql("SELECT id, station_id FROM " + table.name() + " WHERE id = ANY(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(rs -> {
				map.put(rs.getLong("id"), rs.getLong("station_id"));
			});
		return map;
	}

	/**
	 * Stations that can take a new record, matching {@code text} (name or address), by
	 * name: {@code condition} is SQL over station {@code s} and the parameter
	 * {@code :year} that leaves out the stations that cannot.
	 */
	List<ProgrammeStation> candidates(String condition, int year, @Nullable String text, int offset, int limit) {
		return jdbc.sql("SELECT " + STATION_COLUMNS + """
				 FROM station s LEFT JOIN district d ON d.id = s.district_id
				WHERE (CAST(:text AS varchar) IS NULL OR s.name ILIKE :text OR s.address ILIKE :text)
				  AND s.status <> 'CLOSED' AND """ + " " + condition + """
				ORDER BY s.name, s.id LIMIT :limit OFFSET :offset""")
			.param("year", year)
			.param("text", text == null || text.isBlank() ? null : "%" + escapeLike(text.strip()) + "%")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> station(rs))
			.list();
	}

	/** Every station, for finding the stations an import file names. */
	List<ProgrammeStation> allStations() {
		return jdbc.sql("SELECT " + STATION_COLUMNS + " FROM station s LEFT JOIN district d ON d.id = s.district_id")
			.query((rs, n) -> station(rs))
			.list();
	}

	/** What readiness needs of each station (only those the scope shows). */
	record StationFacts(long stationId, int services, String hours, boolean legalActive, boolean upgradeAccepted) {
	}

	Map<Long, StationFacts> facts(Collection<Long> stationIds, Scope scope) {
		Map<Long, StationFacts> facts = new LinkedHashMap<>();
		jdbc.sql(
				"""
						SELECT s.id, cardinality(s.services) AS services, s.opening_hours,
						       EXISTS (SELECT 1 FROM legal_addon a WHERE a.station_id = s.id AND a.status = 'ACTIVE') AS legal,
						       EXISTS (SELECT 1 FROM smart_upgrade u WHERE u.station_id = s.id AND u.status = 'ACCEPTED') AS upgraded
						FROM station s
						WHERE s.id = ANY(:ids) AND (:allStations OR s.id = ANY(:scope))
						""")
			.param("ids", stationIds.toArray(Long[]::new))
			.param("allStations", scope.all())
			.param("scope", scope.stationIds().toArray(Long[]::new))
			.query(rs -> {
				long id = rs.getLong("id");
				facts.put(id, new StationFacts(id, rs.getInt("services"), rs.getString("opening_hours"),
						rs.getBoolean("legal"), rs.getBoolean("upgraded")));
			});
		return facts;
	}

	private static String from(Table table) {
		return FROM.formatted(table.name());
	}

	private static String orderBy(Table table, Sort sort) {
		List<String> terms = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = table.sortable().getOrDefault(order.getProperty(), STATION_SORTS.get(order.getProperty()));
			if (column != null) {
				terms.add(column + (order.isAscending() ? " ASC NULLS FIRST" : " DESC NULLS LAST"));
			}
		}
		terms.add("s.name");
		terms.add("r.id");
		return "ORDER BY " + String.join(", ", terms);
	}

	private static Map<String, Object> params(ProgrammeFilter filter, Scope scope) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("year", filter.year());
		params.put("districtId", filter.districtId());
		params.put("stationType", filter.stationType() == null ? null : filter.stationType().name());
		params.put("status", filter.status() == null ? null : filter.status().name());
		params.put("text", filter.text() == null ? null : "%" + escapeLike(filter.text()) + "%");
		params.put("allStations", scope.all());
		params.put("scope", scope.stationIds().toArray(Long[]::new));
		return params;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static ProgrammeStation station(ResultSet rs) throws SQLException {
		return new ProgrammeStation(rs.getLong("s_id"), rs.getString("s_name"), rs.getString("s_address"),
				StationType.valueOf(rs.getString("s_type")), StationStatus.valueOf(rs.getString("s_status")),
				rs.getString("d_name_zh"), rs.getString("d_name_en"), rs.getDouble("s_lon"), rs.getDouble("s_lat"));
	}

	static java.time.@Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	static <E extends Enum<E>> java.util.Set<E> enums(ResultSet rs, String column, Function<String, E> parse)
			throws SQLException {
		Array array = rs.getArray(column);
		java.util.Set<E> set = new java.util.LinkedHashSet<>();
		if (array != null) {
			for (Object o : (Object[]) array.getArray()) {
				set.add(parse.apply((String) o));
			}
		}
		return set;
	}

	/**
	 * Which stations the caller may see records of: all, or these (an operator's own).
	 */
	record Scope(boolean all, java.util.Set<Long> stationIds) {

		static final Scope ALL = new Scope(true, java.util.Set.of());

	}

}
