package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All SQL that turns the portal's data into KPI figures, per district, measured through a
 * day (China Standard Time): one query per KPI. A station counts in the district it lies
 * in; a progress entry in its district, or city-wide (key {@link #CITY_WIDE}).
 */
@Repository
class KpiFigures {

	/** The key of figures that belong to no district (city-wide progress entries). */
	static final long CITY_WIDE = 0L;

	/** What each station's status was on a day: the change log, else its status now. */
	private static final String STATUS_ON_DAY = """
			SELECT s.id, s.district_id, s.type, s.name,
			       CASE WHEN b.new_value IS NOT NULL THEN b.new_value
			            WHEN a.found THEN a.old_value
			            ELSE s.status END AS status_then
			FROM station s
			LEFT JOIN LATERAL (
			    SELECT f.new_value FROM change_revision r
			    JOIN change_revision_field f ON f.revision_id = r.id AND f.field = 'status'
			    WHERE r.entity_type = 'STATION' AND r.entity_id = s.id
			      AND (r.changed_at AT TIME ZONE 'Asia/Shanghai')::date <= :day
			    ORDER BY r.changed_at DESC, r.id DESC LIMIT 1) b ON true
			LEFT JOIN LATERAL (
			    SELECT true AS found, f.old_value FROM change_revision r
			    JOIN change_revision_field f ON f.revision_id = r.id AND f.field = 'status'
			    WHERE r.entity_type = 'STATION' AND r.entity_id = s.id
			      AND (r.changed_at AT TIME ZONE 'Asia/Shanghai')::date > :day
			    ORDER BY r.changed_at ASC, r.id ASC LIMIT 1) a ON true
			WHERE s.type = :type AND (s.opened_on IS NULL OR s.opened_on <= :day)
			""";

	private final JdbcClient jdbc;

	KpiFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The KPI's figure per district (and city-wide), measured through {@code day}. */
	Map<Long, BigDecimal> byDistrict(KpiDefinition kpi, LocalDate day) {
		LocalDate yearStart = LocalDate.of(kpi.year(), 1, 1);
		String sql = switch (kpi.source()) {
			case SMART_UPGRADES_ACCEPTED -> """
					SELECT s.district_id AS district, count(*) AS value
					FROM smart_upgrade u JOIN station s ON s.id = u.station_id
					WHERE u.programme_year = :year AND u.status = 'ACCEPTED' AND u.acceptance_date <= :day
					GROUP BY s.district_id""";
			case LEGAL_SERVICE_POSTS -> """
					SELECT s.district_id AS district, count(DISTINCT s.id) AS value
					FROM legal_addon a JOIN station s ON s.id = a.station_id
					WHERE s.type = 'UNION_POST_STATION' AND a.status IN ('ACTIVE', 'ENDED')
					  AND a.start_date <= :day AND (a.end_date IS NULL OR a.end_date >= :day)
					GROUP BY s.district_id""";
			case FLAGSHIPS_AWARDED -> """
					SELECT s.district_id AS district, count(*) AS value
					FROM flagship f JOIN station s ON s.id = f.station_id
					WHERE f.programme_year = :year
					  AND (SELECT st.status FROM flagship_step st
					       WHERE st.flagship_id = f.id AND st.step_date <= :day
					       ORDER BY st.step_date DESC, st.position DESC LIMIT 1) = 'AWARDED'
					GROUP BY s.district_id""";
			case PEOPLE_SERVED -> """
					SELECT s.district_id AS district, sum(l.people_served) AS value
					FROM service_report r
					JOIN service_report_line l ON l.report_id = r.id
					JOIN station s ON s.id = r.station_id
					WHERE r.month >= :yearStart AND r.month <= date_trunc('month', CAST(:day AS date))
					GROUP BY s.district_id""";
			case MOTHER_BABY_ROOMS_OPEN, HEART_STATIONS_OPEN ->
				"SELECT t.district_id AS district, count(*) AS value FROM (" + STATUS_ON_DAY
						+ ") t WHERE t.status_then = 'OPEN' GROUP BY t.district_id";
			case MOTHER_BABY_ROOMS_OPENED, HEART_STATIONS_OPENED -> """
					SELECT s.district_id AS district, count(*) AS value
					FROM station s
					WHERE s.type = :type AND s.opened_on >= :yearStart AND s.opened_on <= :day
					GROUP BY s.district_id""";
			case REPORTED -> reportedSql(kpi.aggregation());
		};
		Map<Long, BigDecimal> values = new HashMap<>();
		var spec = jdbc.sql(sql).param("day", day);
		if (uses(sql, "year")) {
			spec = spec.param("year", kpi.year());
		}
		if (uses(sql, "yearStart")) {
			spec = spec.param("yearStart", yearStart);
		}
		if (uses(sql, "type")) {
			spec = spec.param("type", stationType(kpi.source()));
		}
		if (uses(sql, "kpi")) {
			spec = spec.param("kpi", kpi.id());
		}
		spec.query((rs, n) -> {
			long district = rs.getLong("district");
			values.merge(rs.wasNull() ? CITY_WIDE : district, rs.getBigDecimal("value"), BigDecimal::add);
			return null;
		}).list();
		return values;
	}

	private static boolean uses(String sql, String parameter) {
		return Pattern.compile(":" + parameter + "(?![A-Za-z])").matcher(sql).find();
	}

	private static String reportedSql(KpiAggregation aggregation) {
		return switch (aggregation) {
			case SUM -> """
					SELECT p.district_id AS district, sum(p.amount) AS value
					FROM kpi_progress p
					WHERE p.kpi_id = :kpi AND p.entry_date >= :yearStart AND p.entry_date <= :day
					GROUP BY p.district_id""";
			case LEVEL, LATEST -> """
					SELECT DISTINCT ON (p.district_id) p.district_id AS district, p.amount AS value
					FROM kpi_progress p
					WHERE p.kpi_id = :kpi AND p.entry_date >= :yearStart AND p.entry_date <= :day
					ORDER BY p.district_id, p.entry_date DESC, p.id DESC""";
		};
	}

	private static @Nullable String stationType(KpiSource source) {
		return switch (source) {
			case MOTHER_BABY_ROOMS_OPEN, MOTHER_BABY_ROOMS_OPENED -> "MOTHER_BABY_ROOM";
			case HEART_STATIONS_OPEN, HEART_STATIONS_OPENED -> "HEART_STATION";
			default -> null;
		};
	}

	/** The records that make a KPI's figure, for the drill-down (a district, or all). */
	List<KpiRecord> records(KpiDefinition kpi, LocalDate day, @Nullable Long district) {
		return KpiRecordQueries.records(jdbc, kpi, day, district, STATUS_ON_DAY);
	}

}
