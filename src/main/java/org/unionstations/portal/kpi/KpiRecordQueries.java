package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The drill-down's SQL: the same rules as {@link KpiFigures}, one row per record, so the
 * records of a district add up to its figure.
 */
final class KpiRecordQueries {

	private KpiRecordQueries() {
	}

	static List<KpiRecord> records(JdbcClient jdbc, KpiDefinition kpi, LocalDate day, @Nullable Long district,
			String statusOnDay) {
		String districtFilter = district == null ? "" : " AND coalesce(d, 0) = :district";
		String sql = switch (kpi.source()) {
			case SMART_UPGRADES_ACCEPTED -> """
					SELECT 'SMART_UPGRADE' AS kind, u.id, s.id AS station, s.name AS label, s.district_id AS d,
					       u.acceptance_date AS day, 1 AS amount
					FROM smart_upgrade u JOIN station s ON s.id = u.station_id
					WHERE u.programme_year = :year AND u.status = 'ACCEPTED' AND u.acceptance_date <= :day""";
			case LEGAL_SERVICE_POSTS -> """
					SELECT DISTINCT ON (s.id) 'LEGAL_ADDON' AS kind, a.id, s.id AS station, s.name AS label,
					       s.district_id AS d, a.start_date AS day, 1 AS amount
					FROM legal_addon a JOIN station s ON s.id = a.station_id
					WHERE s.type = 'UNION_POST_STATION' AND a.status IN ('ACTIVE', 'ENDED')
					  AND a.start_date <= :day AND (a.end_date IS NULL OR a.end_date >= :day)
					ORDER BY s.id, a.start_date""";
			case FLAGSHIPS_AWARDED -> """
					SELECT 'FLAGSHIP' AS kind, f.id, s.id AS station, s.name AS label, s.district_id AS d,
					       (SELECT max(st.step_date) FROM flagship_step st
					        WHERE st.flagship_id = f.id AND st.status = 'AWARDED' AND st.step_date <= :day) AS day,
					       1 AS amount
					FROM flagship f JOIN station s ON s.id = f.station_id
					WHERE f.programme_year = :year
					  AND (SELECT st.status FROM flagship_step st
					       WHERE st.flagship_id = f.id AND st.step_date <= :day
					       ORDER BY st.step_date DESC, st.position DESC LIMIT 1) = 'AWARDED'""";
			case PEOPLE_SERVED -> """
					SELECT 'REPORTS' AS kind, s.id, s.id AS station, s.name AS label, s.district_id AS d,
					       max(r.month) AS day, sum(l.people_served) AS amount
					FROM service_report r
					JOIN service_report_line l ON l.report_id = r.id
					JOIN station s ON s.id = r.station_id
					WHERE r.month >= :yearStart AND r.month <= date_trunc('month', CAST(:day AS date))
					GROUP BY s.id, s.name, s.district_id""";
			case MOTHER_BABY_ROOMS_OPEN,
					HEART_STATIONS_OPEN ->
				"SELECT 'STATION' AS kind, t.id, t.id AS station,"
						+ " t.name AS label, t.district_id AS d, o.opened_on AS day, 1 AS amount FROM (" + statusOnDay
						+ ") t JOIN station o ON o.id = t.id WHERE t.status_then = 'OPEN'";
			case MOTHER_BABY_ROOMS_OPENED, HEART_STATIONS_OPENED -> """
					SELECT 'STATION' AS kind, s.id, s.id AS station, s.name AS label, s.district_id AS d,
					       s.opened_on AS day, 1 AS amount
					FROM station s
					WHERE s.type = :type AND s.opened_on >= :yearStart AND s.opened_on <= :day""";
			case REPORTED -> """
					SELECT 'PROGRESS' AS kind, p.id, NULL::bigint AS station, coalesce(p.note, '') AS label,
					       p.district_id AS d, p.entry_date AS day, p.amount
					FROM kpi_progress p
					WHERE p.kpi_id = :kpi AND p.entry_date >= :yearStart AND p.entry_date <= :day""";
		};
		String wrapped = "SELECT * FROM (" + sql + ") x WHERE true" + districtFilter
				+ " ORDER BY day DESC NULLS LAST, label COLLATE pinyin, id";
		var spec = jdbc.sql(wrapped)
			.param("day", day)
			.param("year", kpi.year())
			.param("yearStart", LocalDate.of(kpi.year(), 1, 1))
			.param("kpi", kpi.id())
			.param("type", typeOf(kpi.source()));
		if (district != null) {
			spec = spec.param("district", district);
		}
		return spec.query(KpiRecordQueries::row).list();
	}

	private static String typeOf(KpiSource source) {
		return switch (source) {
			case MOTHER_BABY_ROOMS_OPEN, MOTHER_BABY_ROOMS_OPENED -> "MOTHER_BABY_ROOM";
			case HEART_STATIONS_OPEN, HEART_STATIONS_OPENED -> "HEART_STATION";
			default -> "";
		};
	}

	private static KpiRecord row(ResultSet rs, int n) throws SQLException {
		long station = rs.getLong("station");
		Long stationId = rs.wasNull() ? null : station;
		long district = rs.getLong("d");
		long districtId = rs.wasNull() ? KpiFigures.CITY_WIDE : district;
		Date day = rs.getDate("day");
		BigDecimal amount = rs.getBigDecimal("amount");
		return new KpiRecord(KpiRecord.Kind.valueOf(rs.getString("kind")), rs.getLong("id"), stationId,
				rs.getString("label"), districtId, day == null ? null : day.toLocalDate(), amount);
	}

}
