package org.unionstations.portal.station;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.audit.AuditLog;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.audit.Revision;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.RecordNotFoundException;
import org.unionstations.portal.base.geo.BinGrid;
import org.unionstations.portal.district.District;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.security.CurrentUser;
import org.unionstations.portal.security.Role;

/**
 * The station registry. Planners and admins manage every station; operators read and
 * maintain only the stations assigned to them; leaders read. Every rule is enforced here,
 * not in the views: role checks with {@code @PreAuthorize}, the operator scope with
 * {@link CurrentUser}, input rules with {@link StationValidator}, concurrent edits with
 * the entity's version, and every change goes to the {@link AuditLog} in the same
 * transaction.
 */
@Service
@Transactional(readOnly = true)
public class StationService {

	/** Upper bound for radius searches: a whole city is about 100 km across. */
	public static final double MAX_RADIUS_METRES = 200_000;

	/**
	 * The most single stations a map is sent for one view; more become bins (see
	 * {@link #inView}). Two thousand markers draw in a fraction of a second; a screen of
	 * 64-pixel bins is a few hundred.
	 */
	public static final int MAP_POINTS = 2_000;

	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), Station.SRID);

	private final StationRepository stations;

	private final StationSpatialRepository spatial;

	private final DistrictService districts;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	StationService(StationRepository stations, StationSpatialRepository spatial, DistrictService districts,
			CurrentUser currentUser, AuditLog audit, EntityManager entityManager, ApplicationEventPublisher events) {
		this.stations = stations;
		this.spatial = spatial;
		this.districts = districts;
		this.currentUser = currentUser;
		this.audit = audit;
		this.entityManager = entityManager;
		this.events = events;
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

	/** Every station matching the filter, as map markers (one query, no entities). */
	@PreAuthorize("isAuthenticated()")
	public List<StationMarker> markers(StationFilter filter) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Station> root = query.from(Station.class);
		query.multiselect(root.get("id"), root.get("type"), root.get("status"), root.get("name"), root.get("location"))
			.where(StationSpecifications.matching(filter, scope()).toPredicate(root, query, cb))
			.orderBy(cb.asc(root.get("id")));
		return entityManager.createQuery(query).getResultList().stream().map(t -> {
			Point p = t.get(4, Point.class);
			return new StationMarker(t.get(0, Long.class), t.get(1, StationType.class), t.get(2, StationStatus.class),
					t.get(3, String.class), p.getX(), p.getY());
		}).toList();
	}

	/**
	 * The stations a map shows, bounded by the screen: those matching the filter (and,
	 * when {@code among} is not null, among these ids) in the grid's box; the single
	 * stations when there are at most {@code maxPoints}, else counts per grid cell and
	 * type. Operators see their own stations only.
	 */
	@PreAuthorize("isAuthenticated()")
	public StationsInView inView(StationFilter filter, @Nullable Collection<Long> among, BinGrid grid, int maxPoints) {
		if (maxPoints < 0) {
			throw new IllegalArgumentException("maxPoints must not be negative: " + maxPoints);
		}
		StationSqlFilter where = StationSqlFilter.of(filter, scope(), among);
		if (spatial.countInBox(where, grid, maxPoints + 1) <= maxPoints) {
			return new StationsInView(false, spatial.pointsInBox(where, grid), List.of());
		}
		return new StationsInView(true, List.of(), spatial.binsInBox(where, grid));
	}

	/**
	 * How many stations match the filter (and {@code among}, when not null) in a WGS84
	 * box, borders included; operators count their own.
	 */
	@PreAuthorize("isAuthenticated()")
	public long countIn(StationFilter filter, @Nullable Collection<Long> among, double west, double south, double east,
			double north) {
		return spatial.countIn(StationSqlFilter.of(filter, scope(), among), west, south, east, north);
	}

	/**
	 * How many stations match the filter (and {@code among}, when not null), per type;
	 * operators count their own.
	 */
	@PreAuthorize("isAuthenticated()")
	public Map<StationType, Long> countByType(StationFilter filter, @Nullable Collection<Long> among) {
		return spatial.countByType(StationSqlFilter.of(filter, scope(), among));
	}

	/** Stations within {@code radiusMetres} of a WGS84 point, nearest first. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<NearbyStation> within(double longitude, double latitude, double radiusMetres) {
		if (!(radiusMetres > 0 && radiusMetres <= MAX_RADIUS_METRES)) {
			throw new IllegalArgumentException("radius must be between 0 and " + MAX_RADIUS_METRES + " m");
		}
		requireWgs84(longitude, latitude);
		return spatial.findWithin(longitude, latitude, radiusMetres);
	}

	@PreAuthorize("isAuthenticated()")
	public StationDetails get(long id) {
		requireVisible(id);
		return toDetails(load(id));
	}

	/**
	 * The read-only page of one station, open to every signed-in user: the public facts
	 * of any station (they are no secret inside the federation); the contact, a
	 * suspension's reason and the history (see {@link #history(long)}) only of the
	 * stations the caller sees in the registry, i.e. for operators only of their own.
	 */
	@PreAuthorize("isAuthenticated()")
	public StationOverview overview(long id) {
		Station s = load(id);
		boolean full = isVisible(id);
		District d = s.getDistrict();
		return new StationOverview(s.getId(), s.getType(), s.getName(), s.getAddress(), s.getLocation().getX(),
				s.getLocation().getY(), d == null ? null : d.getNameZh(), d == null ? null : d.getNameEn(),
				s.getHostOrganisation(), s.getStatus(), s.getOpeningHours(), s.getServices(), s.getUpdatedAt(), full,
				full ? s.getStatusReason() : null, full ? s.getContactPerson() : null,
				full ? s.getContactPhone() : null);
	}

	/** When the station opened and closed, for its monthly reports. */
	@PreAuthorize("isAuthenticated()")
	public ServicePeriod servicePeriod(long id) {
		requireVisible(id);
		Station s = load(id);
		return new ServicePeriod(s.getStatus(), s.getOpenedOn(), s.getClosedOn());
	}

	/** True when the caller may edit every fact of this station (admins and planners). */
	@PreAuthorize("isAuthenticated()")
	public boolean canEdit() {
		return currentUser.require().hasRole(Role.ADMIN) || currentUser.require().hasRole(Role.PLANNER);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public StationDetails create(StationDraft draft) {
		Point location = validated(draft);
		Station station = new Station(draft.getType(), draft.getName(), draft.getAddress(), location,
				draft.getStatus());
		apply(draft, station, location);
		station = stations.saveAndFlush(station);
		audit.record(StationSnapshot.ENTITY_TYPE, station.getId(), ChangeAction.CREATE,
				FieldChange.between(Map.of(), StationSnapshot.of(station)));
		events.publishEvent(new StationsChanged());
		return toDetails(station);
	}

	/**
	 * Saves every fact of a station. Refused with {@link ConcurrentEditException} when
	 * someone else saved it since {@code draft.getVersion()} was read.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public StationDetails update(long id, StationDraft draft) {
		Station station = load(id);
		requireVersion(station, draft.getVersion());
		Point location = validated(draft);
		Map<String, String> before = StationSnapshot.of(station);
		station.setType(draft.getType());
		station.setName(draft.getName());
		station.setAddress(draft.getAddress());
		apply(draft, station, location);
		return saveAudited(station, before);
	}

	/**
	 * An operator's update of their own station (admins and planners may make it too).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'OPERATOR')")
	public StationDetails updateOperational(long id, OperationalUpdate update) {
		requireMaintainable(id);
		Station station = load(id);
		requireVersion(station, update.version());
		if (!station.getStatus().equals(StationStatus.OPEN) && !station.getStatus().equals(StationStatus.SUSPENDED)) {
			throw new InvalidInputException(List.of(FieldProblem.of("status", "station.validation.not-in-service")));
		}
		List<FieldProblem> problems = StationValidator.check(update, station.getType());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Map<String, String> before = StationSnapshot.of(station);
		station.setServices(update.services());
		station.setOpeningHours(update.openingHours());
		station.setStatus(update.status(), update.statusReason());
		station.setContactPerson(update.contactPerson());
		station.setContactPhone(update.contactPhone());
		return saveAudited(station, before);
	}

	/** Every change to the station, newest first. */
	@PreAuthorize("isAuthenticated()")
	public List<Revision> history(long id) {
		requireVisible(id);
		return audit.history(StationSnapshot.ENTITY_TYPE, id);
	}

	/** True when the caller may make an operator's update to this station. */
	@PreAuthorize("isAuthenticated()")
	public boolean canMaintain(long id) {
		return canEdit() || currentUser.assignedStationIds().contains(id);
	}

	static Point point(double longitude, double latitude) {
		return WGS84.createPoint(new Coordinate(longitude, latitude));
	}

	private StationDetails saveAudited(Station station, Map<String, String> before) {
		try {
			Station saved = stations.saveAndFlush(station);
			audit.record(StationSnapshot.ENTITY_TYPE, saved.getId(), ChangeAction.UPDATE,
					FieldChange.between(before, StationSnapshot.of(saved)));
			events.publishEvent(new StationsChanged());
			return toDetails(saved);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw new ConcurrentEditException("station " + station.getId());
		}
	}

	/** Checks the draft and finds its district; returns the WGS84 location. */
	private Point validated(StationDraft draft) {
		List<FieldProblem> problems = new ArrayList<>(StationValidator.check(draft));
		if (problems.isEmpty()) {
			Optional<DistrictRef> containing = districts.containing(draft.getLongitude(), draft.getLatitude());
			if (containing.isEmpty()) {
				problems.add(FieldProblem.of("location", "station.validation.outside-city"));
			}
			else if (draft.getDistrictId() == null) {
				draft.setDistrictId(containing.get().id());
			}
			else if (districts.find(draft.getDistrictId()).isEmpty()) {
				problems.add(FieldProblem.of("districtId", "station.validation.unknown-district"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return point(draft.getLongitude(), draft.getLatitude());
	}

	private void apply(StationDraft draft, Station station, Point location) {
		station.setLocation(location);
		station.setDistrict(entityManager.getReference(District.class, draft.getDistrictId()));
		station.setHostOrganisation(draft.getHostOrganisation());
		station.setContactPerson(draft.getContactPerson());
		station.setContactPhone(draft.getContactPhone());
		station.setStatus(draft.getStatus(), draft.getStatusReason());
		station.setOpeningHours(draft.getOpeningHours());
		station.setServices(draft.getServices());
	}

	private Station load(long id) {
		return stations.findById(id).orElseThrow(() -> new RecordNotFoundException("station " + id));
	}

	private static void requireVersion(Station station, @Nullable Long expected) {
		if (expected == null || expected != station.getVersion()) {
			throw new ConcurrentEditException("station " + station.getId());
		}
	}

	private boolean isVisible(long id) {
		return currentUser.seesAllStations() || currentUser.assignedStationIds().contains(id);
	}

	private void requireVisible(long id) {
		if (!isVisible(id)) {
			throw new AccessDeniedException(
					"station " + id + " is not assigned to " + currentUser.require().getUsername());
		}
	}

	private void requireMaintainable(long id) {
		if (!canMaintain(id)) {
			throw new AccessDeniedException(
					"station " + id + " is not assigned to " + currentUser.require().getUsername());
		}
	}

	private static void requireWgs84(double longitude, double latitude) {
		if (!(longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90)) {
			throw new IllegalArgumentException("not a WGS84 coordinate: " + longitude + ", " + latitude);
		}
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

	private static StationDetails toDetails(Station s) {
		District d = s.getDistrict();
		return new StationDetails(s.getId(), s.getVersion(), s.getType(), s.getName(), s.getAddress(),
				s.getLocation().getX(), s.getLocation().getY(), d == null ? null : d.getId(),
				d == null ? null : d.getNameZh(), d == null ? null : d.getNameEn(), s.getHostOrganisation(),
				s.getContactPerson(), s.getContactPhone(), s.getStatus(), s.getStatusReason(), s.getOpeningHours(),
				s.getServices(), s.getCreatedAt(), s.getCreatedBy(), s.getUpdatedAt(), s.getUpdatedBy());
	}

}
