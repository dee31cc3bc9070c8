package org.unionstations.portal.programme;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.unionstations.portal.security.CurrentUser;
import org.unionstations.portal.station.StationDetails;
import org.unionstations.portal.station.StationService;

/**
 * Who may see which programme records: planners, admins and leaders every station's;
 * operators only their own stations' (read-only; writing is for planners and admins,
 * checked with {@code @PreAuthorize} on each service method).
 */
@Component
class ProgrammeAccess {

	private final CurrentUser currentUser;

	private final StationService stations;

	ProgrammeAccess(CurrentUser currentUser, StationService stations) {
		this.currentUser = currentUser;
		this.stations = stations;
	}

	ProgrammeQueries.Scope scope() {
		return currentUser.seesAllStations() ? ProgrammeQueries.Scope.ALL
				: new ProgrammeQueries.Scope(false, currentUser.assignedStationIds());
	}

	/** The station, when the caller may see it; refused otherwise. */
	StationDetails station(long stationId) {
		return stations.get(stationId);
	}

	void requireVisible(long stationId) {
		ProgrammeQueries.Scope scope = scope();
		if (!scope.all() && !scope.stationIds().contains(stationId)) {
			throw new AccessDeniedException("station " + stationId + " is not yours");
		}
	}

}
