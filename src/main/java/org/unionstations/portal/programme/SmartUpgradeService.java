package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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

/**
 * Smart upgrades (智能化升级改造) of stations of any type. Planners and admins write; leaders
 * read everything; operators read their own stations' records. Every rule of
 * {@link SmartUpgradeRules} is checked here for every save, a stale save is refused with
 * who saved first, and each change goes to the change log in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class SmartUpgradeService {

	static final String ENTITY_TYPE = "SMART_UPGRADE";

	static final ProgrammeQueries.Table TABLE = new ProgrammeQueries.Table("smart_upgrade",
			Map.of("budget", "r.budget", "contractor", "r.contractor", "plannedCompletion", "r.planned_completion",
					"actualCompletion", "r.actual_completion", "acceptanceDate", "r.acceptance_date"));

	private final SmartUpgradeRepository upgrades;

	private final ProgrammeQueries queries;

	private final ProgrammeAccess access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SmartUpgradeService(SmartUpgradeRepository upgrades, ProgrammeQueries queries, ProgrammeAccess access,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.upgrades = upgrades;
		this.queries = queries;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	public List<SmartUpgradeRow> list(ProgrammeFilter filter, Pageable pageable) {
		return queries.page(TABLE, "", filter, access.scope(), pageable, (rs, n) -> toRow(rs));
	}

	@PreAuthorize("isAuthenticated()")
	public long count(ProgrammeFilter filter) {
		return queries.count(TABLE, filter, access.scope());
	}

	/** The grid's totals row: records per status and the budget sum, under the filter. */
	@PreAuthorize("isAuthenticated()")
	public ProgrammeTotals<UpgradeStatus> totals(ProgrammeFilter filter) {
		return new ProgrammeTotals<>(queries.countByStatus(TABLE, filter, access.scope(), UpgradeStatus.class),
				queries.sum(TABLE, "budget", filter, access.scope()));
	}

	@PreAuthorize("isAuthenticated()")
	public SmartUpgradeRow get(long id) {
		SmartUpgrade upgrade = load(id);
		access.requireVisible(upgrade.getStationId());
		return single(id);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public SmartUpgradeRow create(SmartUpgradeDraft draft) {
		access.station(draft.stationId());
		check(null, null, draft);
		SmartUpgrade upgrade = new SmartUpgrade(draft.stationId());
		upgrade.apply(draft);
		upgrade = upgrades.saveAndFlush(upgrade);
		audit.record(ENTITY_TYPE, upgrade.getId(), ChangeAction.CREATE,
				FieldChange.between(Map.of(), upgrade.snapshot()));
		events.publishEvent(new ProgrammeChanged(Programme.SMART_UPGRADE, draft.year()));
		return single(upgrade.getId());
	}

	/**
	 * Saves a whole row. Refused with {@link ConcurrentEditException} (naming who saved
	 * first) when the record changed since {@code expectedVersion} was read.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public SmartUpgradeRow update(long id, long expectedVersion, SmartUpgradeDraft draft) {
		SmartUpgrade upgrade = load(id);
		ProgrammeVersions.require(ENTITY_TYPE, upgrade, expectedVersion);
		check(id, upgrade.getStatus(), draft);
		Map<String, String> before = upgrade.snapshot();
		upgrade.apply(draft);
		save(upgrade, before);
		events.publishEvent(new ProgrammeChanged(Programme.SMART_UPGRADE, draft.year()));
		return single(id);
	}

	/**
	 * One status for several upgrades: each is checked by the same rules as a single save
	 * (with the change's date filling the date the status needs, where missing); any
	 * refused record refuses the whole batch, naming every refused one.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public int changeStatus(BulkStatusChange<UpgradeStatus> change) {
		List<RowsRefusedException.RefusedRow> refused = new ArrayList<>();
		Map<SmartUpgrade, SmartUpgradeDraft> accepted = new LinkedHashMap<>();
		for (SmartUpgrade upgrade : upgrades.findAllById(change.versions().keySet())) {
			SmartUpgradeDraft next = withStatus(upgrade.toDraft(), change);
			List<FieldProblem> problems = new ArrayList<>();
			if (upgrade.getVersion() != change.versions().get(upgrade.getId())) {
				problems.add(FieldProblem.of("status", "programme.validation.changed-meanwhile"));
			}
			problems.addAll(SmartUpgradeRules.check(upgrade.getStatus(), next, today()));
			duplicate(problems, upgrade.getId(), next);
			if (problems.isEmpty()) {
				accepted.put(upgrade, next);
			}
			else {
				refused.add(new RowsRefusedException.RefusedRow(upgrade.getId(),
						access.station(upgrade.getStationId()).name(), problems));
			}
		}
		if (accepted.size() + refused.size() != change.versions().size()) {
			throw new IllegalArgumentException("unknown smart upgrade in " + change.versions().keySet());
		}
		if (!refused.isEmpty()) {
			throw new RowsRefusedException(refused);
		}
		accepted.forEach((upgrade, next) -> {
			Map<String, String> before = upgrade.snapshot();
			upgrade.apply(next);
			save(upgrade, before);
		});
		accepted.values()
			.stream()
			.map(SmartUpgradeDraft::year)
			.distinct()
			.forEach(y -> events.publishEvent(new ProgrammeChanged(Programme.SMART_UPGRADE, y)));
		return accepted.size();
	}

	/**
	 * Stations that can take an upgrade in the year (any type, none that already has one
	 * that was not cancelled), by name.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public List<ProgrammeStation> candidates(int year, @Nullable String text, int offset, int limit) {
		return queries.candidates("""
				NOT EXISTS (SELECT 1 FROM smart_upgrade u
				            WHERE u.station_id = s.id AND u.programme_year = :year AND u.status <> 'CANCELLED')
				""", year, text, offset, limit);
	}

	/** Every change of the record, newest first. */
	@PreAuthorize("isAuthenticated()")
	public List<Revision> history(long id) {
		access.requireVisible(load(id).getStationId());
		return audit.history(ENTITY_TYPE, id);
	}

	private static SmartUpgradeDraft withStatus(SmartUpgradeDraft d, BulkStatusChange<UpgradeStatus> change) {
		LocalDate date = change.date();
		return new SmartUpgradeDraft(d.stationId(), d.year(), d.scope(), d.budget(), d.contractor(), d.plannedStart(),
				d.plannedCompletion(),
				d.actualStart() == null && change.status() == UpgradeStatus.IN_PROGRESS ? date : d.actualStart(),
				d.actualCompletion() == null && change.status() == UpgradeStatus.COMPLETED ? date
						: d.actualCompletion(),
				change.status(),
				change.status() == UpgradeStatus.CANCELLED && change.reason() != null ? change.reason()
						: d.cancelReason(),
				d.acceptanceDate() == null && change.status() == UpgradeStatus.ACCEPTED ? date : d.acceptanceDate(),
				d.acceptanceNote());
	}

	private void check(@Nullable Long id, @Nullable UpgradeStatus from, SmartUpgradeDraft draft) {
		List<FieldProblem> problems = new ArrayList<>(SmartUpgradeRules.check(from, draft, today()));
		duplicate(problems, id, draft);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void duplicate(List<FieldProblem> problems, @Nullable Long id, SmartUpgradeDraft draft) {
		if (draft.status() != UpgradeStatus.CANCELLED && upgrades.existsOther(draft.stationId(), draft.year(), id)) {
			problems.add(FieldProblem.of("stationId", "programme.upgrade.validation.duplicate"));
		}
	}

	private void save(SmartUpgrade upgrade, Map<String, String> before) {
		try {
			upgrades.saveAndFlush(upgrade);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw new ConcurrentEditException(ENTITY_TYPE + " " + upgrade.getId());
		}
		audit.record(ENTITY_TYPE, upgrade.getId(), ChangeAction.UPDATE,
				FieldChange.between(before, upgrade.snapshot()));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private SmartUpgrade load(long id) {
		return upgrades.findById(id).orElseThrow(() -> new IllegalArgumentException("no smart upgrade " + id));
	}

	private SmartUpgradeRow single(long id) {
		return queries.byId(TABLE, "", id, (rs, n) -> toRow(rs));
	}

	private static SmartUpgradeRow toRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		SmartUpgradeDraft values = new SmartUpgradeDraft(rs.getLong("station_id"), rs.getInt("programme_year"),
				ProgrammeQueries.enums(rs, "scope", UpgradeScope::valueOf), rs.getBigDecimal("budget"),
				rs.getString("contractor"), ProgrammeQueries.date(rs, "planned_start"),
				ProgrammeQueries.date(rs, "planned_completion"), ProgrammeQueries.date(rs, "actual_start"),
				ProgrammeQueries.date(rs, "actual_completion"), UpgradeStatus.valueOf(rs.getString("status")),
				rs.getString("cancel_reason"), ProgrammeQueries.date(rs, "acceptance_date"),
				rs.getString("acceptance_note"));
		return new SmartUpgradeRow(rs.getLong("id"), rs.getLong("version"), ProgrammeQueries.station(rs), values,
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

}
