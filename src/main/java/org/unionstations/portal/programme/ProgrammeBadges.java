package org.unionstations.portal.programme;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.station.StationProgrammes;

/**
 * The station map's programme badges: an awarded flagship (not revoked), an active legal
 * service, an accepted smart upgrade, in any year. One query for all stations asked
 * about, limited to those the caller may see.
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
		badges.keySet().retainAll(Set.copyOf(stationIds));
		return badges;
	}

}
