package org.unionstations.portal.station;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.district.District;
import org.unionstations.portal.security.CurrentUser;

/**
 * The station registry. Every signed-in user may list stations, but an operator sees only
 * the stations assigned to them: the scope is applied here, not in the view.
 */
@Service
@Transactional(readOnly = true)
public class StationService {

	/** Upper bound for radius searches: a whole city is about 100 km across. */
	public static final double MAX_RADIUS_METRES = 200_000;

	private final StationRepository stations;

	private final StationSpatialRepository spatial;

	private final CurrentUser currentUser;

	StationService(StationRepository stations, StationSpatialRepository spatial, CurrentUser currentUser) {
		this.stations = stations;
		this.spatial = spatial;
		this.currentUser = currentUser;
	}

	@PreAuthorize("isAuthenticated()")
	public List<StationRow> list(StationFilter filter, Pageable pageable) {
		return stations.findAll(StationSpecifications.matching(filter, scope()), pageable)
			.map(StationService::toRow)
			.getContent();
	}

	@PreAuthorize("isAuthenticated()")
	public long count(StationFilter filter) {
		return stations.count(StationSpecifications.matching(filter, scope()));
	}

	/** Stations within {@code radiusMetres} of a WGS84 point, nearest first. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<NearbyStation> within(double longitude, double latitude, double radiusMetres) {
		if (!(radiusMetres > 0 && radiusMetres <= MAX_RADIUS_METRES)) {
			throw new IllegalArgumentException("radius must be between 0 and " + MAX_RADIUS_METRES + " m");
		}
		if (!(longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90)) {
			throw new IllegalArgumentException("not a WGS84 coordinate: " + longitude + ", " + latitude);
		}
		return spatial.findWithin(longitude, latitude, radiusMetres);
	}

	private @Nullable Set<Long> scope() {
		return currentUser.seesAllStations() ? null : currentUser.assignedStationIds();
	}

	private static StationRow toRow(Station s) {
		District d = s.getDistrict();
		return new StationRow(s.getId(), s.getType(), s.getName(), s.getAddress(), d == null ? null : d.getNameZh(),
				d == null ? null : d.getNameEn(), s.getStatus(), s.getHostOrganisation(), s.getLocation().getX(),
				s.getLocation().getY(), s.getUpdatedAt());
	}

}
