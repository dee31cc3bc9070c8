package org.unionstations.portal.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.station.StationProgrammes;

/**
 * The programme facts the station feature shows: the map's badges (an awarded flagship
 * not revoked, an active legal service, an accepted smart upgrade, in any year; one query
 * for all stations asked about) and a station page's programme records (three small
 * queries), always limited to the stations the caller may see.
 */
@Service
@Transactional(readOnly = true)
class ProgrammeBadges implements StationProgrammes {

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	ProgrammeBadges(JdbcClient jdbc, ProgrammeAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Map<Long, Set<Badge>> badges(Collection<Long> stationIds) {
		Map<Long, Set<Badge>> badges = allBadges();
		badges.keySet().retainAll(Set.copyOf(stationIds));
		return badges;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Set<Long> stationsWith(Set<Badge> wanted) {
		Set<Long> ids = new HashSet<>();
		allBadges().forEach((id, own) -> {
			if (own.stream().anyMatch(wanted::contains)) {
				ids.add(id);
			}
		});
		return ids;
	}

	/** Every badge of every station the caller may see (one query). */
	private Map<Long, Set<Badge>> allBadges() {
		ProgrammeQueries.Scope scope = access.scope();
		Map<Long, Set<Badge>> badges = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT station_id, 'FLAGSHIP' AS badge FROM flagship WHERE status = 'AWARDED'
				UNION SELECT station_id, 'LEGAL_SERVICE' FROM legal_addon WHERE status = 'ACTIVE'
				UNION SELECT station_id, 'SMART_UPGRADE' FROM smart_upgrade WHERE status = 'ACCEPTED'
				""").query(rs -> {
			long id = rs.getLong("station_id");
			if (scope.all() || scope.stationIds().contains(id)) {
				badges.computeIfAbsent(id, k -> EnumSet.noneOf(Badge.class)).add(Badge.valueOf(rs.getString("badge")));
			}
		});
		return badges;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public List<ProgrammeRecord> records(long stationId) {
		access.requireVisible(stationId);
		List<ProgrammeRecord> records = new ArrayList<>();
		records.addAll(jdbc.sql("SELECT * FROM smart_upgrade WHERE station_id = :s")
			.param("s", stationId)
			.query((rs, n) -> record(rs, Kind.SMART_UPGRADE, "programme.upgrade.status.", rs.getString("contractor"),
					null,
					dates(rs, "programme.upgrade.field.", "planned_start", "plannedStart", "planned_completion",
							"plannedCompletion", "actual_start", "actualStart", "actual_completion", "actualCompletion",
							"acceptance_date", "acceptanceDate")))
			.list());
		records.addAll(jdbc.sql("SELECT * FROM legal_addon WHERE station_id = :s")
			.param("s", stationId)
			.query((rs, n) -> record(rs, Kind.LEGAL_SERVICE, "programme.legal.status.", rs.getString("partner_name"),
					null, dates(rs, "programme.legal.field.", "start_date", "startDate", "end_date", "endDate")))
			.list());
		Map<Long, List<KeyDate>> steps = new LinkedHashMap<>();
		Map<Long, java.math.BigDecimal> scores = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT st.flagship_id, st.status, st.step_date, st.score FROM flagship_step st
				JOIN flagship f ON f.id = st.flagship_id WHERE f.station_id = :s ORDER BY st.flagship_id, st.position
				""").param("s", stationId).query(rs -> {
			long id = rs.getLong("flagship_id");
			steps.computeIfAbsent(id, k -> new ArrayList<>())
				.add(new KeyDate("programme.flagship.status." + rs.getString("status"),
						rs.getDate("step_date").toLocalDate()));
			if (rs.getBigDecimal("score") != null) {
				scores.put(id, rs.getBigDecimal("score"));
			}
		});
		records.addAll(jdbc.sql("SELECT * FROM flagship WHERE station_id = :s")
			.param("s", stationId)
			.query((rs, n) -> record(rs, Kind.FLAGSHIP, "programme.flagship.status.", null,
					scores.get(rs.getLong("id")), steps.getOrDefault(rs.getLong("id"), List.of())))
			.list());
		records.sort(Comparator.comparing(ProgrammeRecord::year)
			.reversed()
			.thenComparing(ProgrammeRecord::kind)
			.thenComparing(ProgrammeRecord::id));
		return records;
	}

	private static ProgrammeRecord record(ResultSet rs, Kind kind, String statusPrefix,
			@org.jspecify.annotations.Nullable String partner,
			java.math.@org.jspecify.annotations.Nullable BigDecimal score, List<KeyDate> dates) throws SQLException {
		return new ProgrammeRecord(kind, rs.getLong("id"), rs.getInt("programme_year"),
				statusPrefix + rs.getString("status"), dates, partner, score, rs.getTimestamp("updated_at").toInstant(),
				rs.getString("updated_by"));
	}

	/** The dates that are set, labelled: column and field name pairs. */
	private static List<KeyDate> dates(ResultSet rs, String fieldPrefix, String... columnsAndFields)
			throws SQLException {
		List<KeyDate> dates = new ArrayList<>();
		for (int i = 0; i < columnsAndFields.length; i += 2) {
			LocalDate date = ProgrammeQueries.date(rs, columnsAndFields[i]);
			if (date != null) {
				dates.add(new KeyDate(fieldPrefix + columnsAndFields[i + 1], date));
			}
		}
		return dates;
	}

}
