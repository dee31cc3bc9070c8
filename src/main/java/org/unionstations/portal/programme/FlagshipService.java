package org.unionstations.portal.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.unionstations.portal.base.RowsRefusedException;
import org.unionstations.portal.security.CurrentUser;
import org.unionstations.portal.station.StationDetails;
import org.unionstations.portal.station.StationStatus;

/**
 * Flagship stations (旗舰站): nominated, assessed, then awarded or rejected; an award may be
 * revoked. An award needs an open station whose readiness reaches the threshold at that
 * moment (the score is stored with the step); reject and revoke need a reason; a station
 * has at most one record per year that was not rejected.
 */
@Service
@Transactional(readOnly = true)
public class FlagshipService {

	static final String ENTITY_TYPE = "FLAGSHIP";

	static final ProgrammeQueries.Table TABLE = new ProgrammeQueries.Table("flagship", Map.of("note", "r.note"));

	private final FlagshipRepository flagships;

	private final ProgrammeQueries queries;

	private final ProgrammeAccess access;

	private final ReadinessService readiness;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FlagshipService(FlagshipRepository flagships, ProgrammeQueries queries, ProgrammeAccess access,
			ReadinessService readiness, CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.flagships = flagships;
		this.queries = queries;
		this.access = access;
		this.readiness = readiness;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A page of records, each with its station's readiness now. */
	@PreAuthorize("isAuthenticated()")
	public List<FlagshipRow> list(ProgrammeFilter filter, Pageable pageable) {
		List<FlagshipRow> rows = queries.page(TABLE, "", filter, access.scope(), pageable, (rs, n) -> toRow(rs));
		return withSteps(rows);
	}

	@PreAuthorize("isAuthenticated()")
	public long count(ProgrammeFilter filter) {
		return queries.count(TABLE, filter, access.scope());
	}

	@PreAuthorize("isAuthenticated()")
	public ProgrammeTotals<FlagshipStatus> totals(ProgrammeFilter filter) {
		return new ProgrammeTotals<>(queries.countByStatus(TABLE, filter, access.scope(), FlagshipStatus.class),
				java.math.BigDecimal.ZERO);
	}

	@PreAuthorize("isAuthenticated()")
	public FlagshipRow get(long id) {
		access.requireVisible(load(id).getStationId());
		return single(id);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public FlagshipRow nominate(long stationId, int year, LocalDate date, @Nullable String note) {
		access.station(stationId);
		List<FieldProblem> problems = new ArrayList<>();
		ProgrammeChecks.year(problems, year);
		ProgrammeChecks.notFuture(problems, "date", date, today());
		ProgrammeChecks.text(problems, "note", note, ProgrammeLimits.NOTE_MAX);
		if (flagships.existsNotRejected(stationId, year)) {
			problems.add(FieldProblem.of("stationId", "programme.flagship.validation.one-per-year"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Flagship flagship = new Flagship(stationId, year,
				new FlagshipStep(FlagshipStatus.NOMINATED, date, currentUser.require().getUsername(), null, null),
				note);
		try {
			flagship = flagships.saveAndFlush(flagship);
		}
		catch (DataIntegrityViolationException e) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("stationId", "programme.flagship.validation.one-per-year")));
		}
		audit.record(ENTITY_TYPE, flagship.getId(), ChangeAction.CREATE,
				FieldChange.between(Map.of(), flagship.snapshot()));
		events.publishEvent(new ProgrammeChanged(Programme.FLAGSHIP, year));
		return single(flagship.getId());
	}

	/**
	 * Records the next step of the workflow (or only a changed note, with the same
	 * status).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public FlagshipRow decide(long id, long expectedVersion, FlagshipDecision decision, @Nullable String note) {
		Flagship flagship = load(id);
		ProgrammeVersions.require(ENTITY_TYPE, flagship, expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		ProgrammeChecks.text(problems, "note", note, ProgrammeLimits.NOTE_MAX);
		FlagshipStep step = decision.status() == flagship.getStatus() ? null : step(flagship, decision, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Map<String, String> before = flagship.snapshot();
		flagship.setNote(note);
		if (step != null) {
			flagship.advance(step);
		}
		save(flagship, before);
		events.publishEvent(new ProgrammeChanged(Programme.FLAGSHIP, flagship.getYear()));
		return single(id);
	}

	/** One step for several records, all or nothing, every refused record named. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public int changeStatus(BulkStatusChange<FlagshipStatus> change) {
		List<RowsRefusedException.RefusedRow> refused = new ArrayList<>();
		Map<Flagship, FlagshipStep> accepted = new LinkedHashMap<>();
		LocalDate date = change.date() == null ? today() : change.date();
		for (Flagship flagship : flagships.findAllById(change.versions().keySet())) {
			List<FieldProblem> problems = new ArrayList<>();
			if (flagship.getVersion() != change.versions().get(flagship.getId())) {
				problems.add(FieldProblem.of("status", "programme.validation.changed-meanwhile"));
			}
			FlagshipStep step = step(flagship, new FlagshipDecision(change.status(), date, change.reason()), problems);
			if (problems.isEmpty()) {
				accepted.put(flagship, step);
			}
			else {
				refused.add(new RowsRefusedException.RefusedRow(flagship.getId(),
						access.station(flagship.getStationId()).name(), problems));
			}
		}
		if (accepted.size() + refused.size() != change.versions().size()) {
			throw new IllegalArgumentException("unknown flagship record in " + change.versions().keySet());
		}
		if (!refused.isEmpty()) {
			throw new RowsRefusedException(refused);
		}
		accepted.forEach((flagship, step) -> {
			Map<String, String> before = flagship.snapshot();
			flagship.advance(step);
			save(flagship, before);
		});
		accepted.keySet()
			.stream()
			.map(Flagship::getYear)
			.distinct()
			.forEach(y -> events.publishEvent(new ProgrammeChanged(Programme.FLAGSHIP, y)));
		return accepted.size();
	}

	/** Stations without a record in the year that was not rejected, by name. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public List<ProgrammeStation> candidates(int year, @Nullable String text, int offset, int limit) {
		return queries.candidates("""
				NOT EXISTS (SELECT 1 FROM flagship f
				            WHERE f.station_id = s.id AND f.programme_year = :year AND f.status <> 'REJECTED')
				""", year, text, offset, limit);
	}

	@PreAuthorize("isAuthenticated()")
	public List<Revision> history(long id) {
		access.requireVisible(load(id).getStationId());
		return audit.history(ENTITY_TYPE, id);
	}

	/** The step the decision makes, or null with the problems that refuse it. */
	private @Nullable FlagshipStep step(Flagship flagship, FlagshipDecision d, List<FieldProblem> problems) {
		int before = problems.size();
		if (!flagship.getStatus().next().contains(d.status())) {
			problems.add(FieldProblem.of("status", "programme.validation.status-step"));
		}
		ProgrammeChecks.notFuture(problems, "date", d.date(), today());
		if (!flagship.getSteps().isEmpty() && d.date().isBefore(flagship.getSteps().getLast().date())) {
			problems.add(FieldProblem.of("date", "programme.flagship.validation.date-before-last-step"));
		}
		if (d.status().needsReason() && ProgrammeLimits.blankToNull(d.reason()) == null) {
			problems.add(FieldProblem.of("reason", "programme.validation.reason-required"));
		}
		ProgrammeChecks.text(problems, "reason", d.reason(), ProgrammeLimits.NOTE_MAX);
		java.math.BigDecimal score = null;
		if (d.status() == FlagshipStatus.AWARDED) {
			StationDetails station = access.station(flagship.getStationId());
			if (station.status() != StationStatus.OPEN) {
				problems.add(FieldProblem.of("status", "programme.flagship.validation.station-not-open"));
			}
			Readiness r = readiness.of(flagship.getStationId());
			score = r.score();
			if (!r.ready()) {
				problems.add(
						FieldProblem.of("status", "programme.flagship.validation.not-ready", r.score(), r.threshold()));
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new FlagshipStep(d.status(), d.date(), currentUser.require().getUsername(),
				ProgrammeLimits.blankToNull(d.reason()), score);
	}

	private void save(Flagship flagship, Map<String, String> before) {
		try {
			flagships.saveAndFlush(flagship);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw new ConcurrentEditException(ENTITY_TYPE + " " + flagship.getId());
		}
		audit.record(ENTITY_TYPE, flagship.getId(), ChangeAction.UPDATE,
				FieldChange.between(before, flagship.snapshot()));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Flagship load(long id) {
		return flagships.findById(id).orElseThrow(() -> new IllegalArgumentException("no flagship record " + id));
	}

	private FlagshipRow single(long id) {
		FlagshipRow row = queries.byId(TABLE, "", id, (rs, n) -> toRow(rs));
		return withSteps(List.of(row)).getFirst();
	}

	/**
	 * Steps from the entities (one query), readiness for the page's stations (a few
	 * queries).
	 */
	private List<FlagshipRow> withSteps(List<FlagshipRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<FlagshipStep>> steps = new LinkedHashMap<>();
		flagships.findAllById(rows.stream().map(FlagshipRow::id).toList())
			.forEach(f -> steps.put(f.getId(), f.getSteps()));
		Map<Long, Readiness> ready = readiness.of(rows.stream().map(r -> r.station().id()).distinct().toList());
		return rows.stream()
			.map(r -> new FlagshipRow(r.id(), r.version(), r.station(), r.year(), r.status(),
					steps.getOrDefault(r.id(), List.of()), r.note(), ready.get(r.station().id()), r.updatedAt(),
					r.updatedBy()))
			.toList();
	}

	private static FlagshipRow toRow(ResultSet rs) throws SQLException {
		return new FlagshipRow(rs.getLong("id"), rs.getLong("version"), ProgrammeQueries.station(rs),
				rs.getInt("programme_year"), FlagshipStatus.valueOf(rs.getString("status")), List.of(),
				rs.getString("note"), null, rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

}
