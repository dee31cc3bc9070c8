package org.unionstations.portal.operator;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.security.CurrentUser;

/**
 * Sums of the monthly reports for other features (the legal-service add-ons show their
 * consultations, flagship readiness counts people and activities): one query for many
 * stations. Operators get figures for their own stations only.
 */
@Service
@Transactional(readOnly = true)
public class ReportFiguresService {

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	ReportFiguresService(JdbcClient jdbc, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
	}

	/**
	 * Per station (every requested station is in the map, with zeros when it reported
	 * nothing), as of {@code month}.
	 * @param category one category, or null for all
	 */
	@PreAuthorize("isAuthenticated()")
	public Map<Long, ReportFigures> figures(Collection<Long> stationIds, YearMonth month,
			@Nullable ReportCategory category) {
		Set<Long> ids = Set.copyOf(stationIds);
		if (!currentUser.seesAllStations()) {
			Set<Long> own = currentUser.assignedStationIds();
			ids = ids.stream().filter(own::contains).collect(java.util.stream.Collectors.toSet());
		}
		Map<Long, ReportFigures> figures = new LinkedHashMap<>();
		ids.forEach(id -> figures.put(id, ReportFigures.none(id)));
		if (ids.isEmpty()) {
			return figures;
		}
		jdbc.sql("""
				WITH monthly AS (
				    SELECT r.station_id, r.month, sum(l.people_served) AS people, sum(l.activities) AS activities
				    FROM service_report r JOIN service_report_line l ON l.report_id = r.id
				    WHERE r.station_id = ANY(:ids) AND r.month <= :month
				      AND (CAST(:category AS varchar) IS NULL OR l.category = :category)
				    GROUP BY r.station_id, r.month
				), ranked AS (
				    SELECT m.*, row_number() OVER (PARTITION BY station_id ORDER BY month DESC) AS recent
				    FROM monthly m
				)
				SELECT station_id,
				       coalesce(sum(people) FILTER (WHERE month = :month), 0) AS month_people,
				       coalesce(sum(people) FILTER (WHERE month >= :yearStart), 0) AS ytd_people,
				       coalesce(sum(activities) FILTER (WHERE month >= :yearStart), 0) AS ytd_activities,
				       coalesce(avg(people) FILTER (WHERE recent <= 3), 0) AS avg_last_three
				FROM ranked GROUP BY station_id
				""")
			.param("ids", ids.toArray(Long[]::new))
			.param("month", Date.valueOf(month.atDay(1)))
			.param("yearStart", Date.valueOf(month.withMonth(1).atDay(1)))
			.param("category", category == null ? null : category.name())
			.query(rs -> {
				long id = rs.getLong("station_id");
				figures.put(id, new ReportFigures(id, rs.getInt("month_people"), rs.getInt("ytd_people"),
						rs.getInt("ytd_activities"), rs.getDouble("avg_last_three")));
			});
		return figures;
	}

}
