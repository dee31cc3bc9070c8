package org.unionstations.portal.operator;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionstations.portal.station.StationType;

/**
 * The monthly report schedule ({@link ServiceReportService#schedule(long)}'s rule) for
 * every station at once, in SQL: one query instead of one per station. The rule, as in
 * Java: the month due is the last month due overall, or the month the station closed in
 * when that is earlier; a month of the due month's year up to it is owed when the station
 * was in service in it (not planned or under construction, opened by then, not closed
 * before it); owed months without a report are missing. A test keeps the two in
 * agreement.
 */
@Repository
class ReportDisciplineRepository {

	/**
	 * {@code schedule}: each station's month due; {@code owed}: the months it owes (the
	 * twelve months of the due month's year up to it, as constants so that the planner
	 * estimates 12 rows per station, not 1000, and does not reach for JIT compilation);
	 * {@code owing}: per station that owes any, the owed months without a report
	 * ({@code missing}, oldest first) and whether its month due is owed at all (it is not
	 * for a station that opened later). Parameter {@code lastDue}: the first day of the
	 * last month due overall.
	 */
	private static final String SCHEDULE = """
			WITH schedule AS (
			    SELECT s.id AS station_id, s.status,
			           CAST(date_trunc('month', CAST(s.opened_on AS timestamp)) AS date) AS opening_month,
			           CAST(date_trunc('month', CAST(s.closed_on AS timestamp)) AS date) AS closing_month,
			           LEAST(CAST(:lastDue AS date),
			                 CAST(date_trunc('month', CAST(s.closed_on AS timestamp)) AS date)) AS due_month
			    FROM station s
			), owed AS (
			    SELECT sc.station_id, m.month
			    FROM schedule sc
			    CROSS JOIN LATERAL (
			        SELECT CAST(date_trunc('year', CAST(sc.due_month AS timestamp)) + k * interval '1 month' AS date)
			        FROM generate_series(0, 11) AS k
			    ) AS m (month)
			    WHERE m.month <= sc.due_month
			      AND sc.status NOT IN ('PLANNED', 'UNDER_CONSTRUCTION')
			      AND (sc.opening_month IS NULL OR m.month >= sc.opening_month)
			      AND (sc.closing_month IS NULL OR m.month <= sc.closing_month)
			), owing AS (
			    SELECT o.station_id,
			           coalesce(array_agg(o.month ORDER BY o.month) FILTER (WHERE r.id IS NULL), '{}') AS missing,
			           bool_or(o.month = sc.due_month) AS owes_due_month
			    FROM owed o
			    JOIN schedule sc ON sc.station_id = o.station_id
			    LEFT JOIN service_report r ON r.station_id = o.station_id AND r.month = o.month
			    GROUP BY o.station_id
			)
			""";

	private final JdbcClient jdbc;

	ReportDisciplineRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every station's schedule when {@code lastDue} is the last month due overall. */
	Map<Long, ReportSchedule> schedules(YearMonth lastDue) {
		Map<Long, ReportSchedule> schedules = new LinkedHashMap<>();
		jdbc.sql(SCHEDULE + """
				SELECT sc.station_id, sc.due_month, sc.closing_month, ow.missing
				FROM schedule sc
				LEFT JOIN owing ow ON ow.station_id = sc.station_id
				ORDER BY sc.station_id
				""").param("lastDue", Date.valueOf(lastDue.atDay(1))).query(rs -> {
			Date closing = rs.getDate("closing_month");
			schedules.put(rs.getLong("station_id"),
					new ReportSchedule(YearMonth.from(rs.getDate("due_month").toLocalDate()),
							months(rs.getArray("missing")),
							closing == null ? null : YearMonth.from(closing.toLocalDate())));
		});
		return schedules;
	}

	/**
	 * The stations in the reckoning when {@code lastDue} is the last month due: those in
	 * service in it, and those closed earlier in its year that have not filed their
	 * closing month (a closed station that filed it owes nothing more). Stations closed
	 * without a known day are left out. Ordered by months behind (most first), district
	 * and name (pinyin collation), id.
	 * @param scope the stations the reader may see, null for all
	 * @param districtId one district, null for all
	 */
	List<Reckoned> reckoning(YearMonth lastDue, @Nullable Set<Long> scope, @Nullable Long districtId) {
		return jdbc.sql(SCHEDULE + """
				, reckoning AS (
				    SELECT sc.station_id, sc.due_month, ow.missing, sc.due_month = ANY (ow.missing) AS late
				    FROM schedule sc
				    JOIN owing ow ON ow.station_id = sc.station_id
				    WHERE ow.owes_due_month
				      AND ((sc.closing_month IS NULL AND sc.status <> 'CLOSED')
				           OR sc.closing_month >= CAST(:lastDue AS date)
				           OR (sc.closing_month >= CAST(date_trunc('year', CAST(:lastDue AS timestamp)) AS date)
				               AND sc.due_month = ANY (ow.missing)))
				)
				SELECT s.id, s.name, s.type, s.district_id, d.name_zh, d.name_en, s.contact_person, s.contact_phone,
				       r.missing, r.late,
				       (SELECT max(x.month) FROM service_report x
				        WHERE x.station_id = s.id AND x.month <= r.due_month) AS last_filed,
				       ARRAY(SELECT u.display_name FROM operator_station os JOIN app_user u ON u.id = os.user_id
				             WHERE os.station_id = s.id AND u.enabled ORDER BY u.display_name) AS operators
				FROM reckoning r
				JOIN station s ON s.id = r.station_id
				LEFT JOIN district d ON d.id = s.district_id
				WHERE (CAST(:everyStation AS boolean) OR s.id = ANY (CAST(:scope AS bigint[])))
				  AND (CAST(:districtId AS bigint) IS NULL OR s.district_id = CAST(:districtId AS bigint))
				ORDER BY cardinality(r.missing) DESC, d.name_zh NULLS LAST, s.name, s.id
				""")
			.param("lastDue", Date.valueOf(lastDue.atDay(1)))
			.param("everyStation", scope == null)
			.param("scope", scope == null ? new Long[0] : scope.toArray(Long[]::new))
			.param("districtId", districtId)
			.query((rs, n) -> {
				Date lastFiled = rs.getDate("last_filed");
				Long district = rs.getObject("district_id", Long.class);
				LateStation station = new LateStation(rs.getLong("id"), rs.getString("name"),
						StationType.valueOf(rs.getString("type")), rs.getString("name_zh"), rs.getString("name_en"),
						Arrays.asList((String[]) rs.getArray("operators").getArray()), rs.getString("contact_person"),
						rs.getString("contact_phone"),
						lastFiled == null ? null : YearMonth.from(lastFiled.toLocalDate()),
						months(rs.getArray("missing")));
				return new Reckoned(station, district, rs.getBoolean("late"));
			})
			.list();
	}

	private static List<YearMonth> months(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Date[]) array.getArray()).map(d -> YearMonth.from(d.toLocalDate())).toList();
	}

	/**
	 * A station in the reckoning: what the board shows of it, its district, and whether
	 * it is late (has not filed its month due).
	 */
	record Reckoned(LateStation station, @Nullable Long districtId, boolean late) {
	}

}
