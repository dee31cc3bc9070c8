package org.unionstations.portal.programme;

import java.time.Clock;

import java.time.LocalDate;
import java.time.YearMonth;
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
import org.unionstations.portal.operator.ReportCategory;
import org.unionstations.portal.operator.ReportFigures;
import org.unionstations.portal.operator.ReportFiguresService;
import org.unionstations.portal.station.StationType;

/**
 * Legal-service add-ons (法律服务功能) of union post stations: at most one planned or active
 * add-on per station at a time. Roles and history as for {@link SmartUpgradeService}.
 */
@Service
@Transactional(readOnly = true)
public class LegalAddOnService {

	static final String ENTITY_TYPE = "LEGAL_ADDON";

	static final ProgrammeQueries.Table TABLE = new ProgrammeQueries.Table("legal_addon",
			Map.of("partnerName", "r.partner_name", "partnerKind", "r.partner_kind", "lawyerName", "r.lawyer_name",
					"startDate", "r.start_date", "endDate", "r.end_date"));

	private final LegalAddOnRepository addOns;

	private final ProgrammeQueries queries;

	private final ProgrammeAccess access;

	private final ReportFiguresService figures;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LegalAddOnService(LegalAddOnRepository addOns, ProgrammeQueries queries, ProgrammeAccess access,
			ReportFiguresService figures, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.addOns = addOns;
		this.queries = queries;
		this.access = access;
		this.figures = figures;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	public List<LegalAddOnRow> list(ProgrammeFilter filter, Pageable pageable) {
		List<LegalAddOnRow> rows = queries.page(TABLE, "", filter, access.scope(), pageable,
				(rs, n) -> toRow(rs, null));
		return withConsultations(rows);
	}

	@PreAuthorize("isAuthenticated()")
	public long count(ProgrammeFilter filter) {
		return queries.count(TABLE, filter, access.scope());
	}

	@PreAuthorize("isAuthenticated()")
	public ProgrammeTotals<LegalStatus> totals(ProgrammeFilter filter) {
		return new ProgrammeTotals<>(queries.countByStatus(TABLE, filter, access.scope(), LegalStatus.class),
				java.math.BigDecimal.ZERO);
	}

	@PreAuthorize("isAuthenticated()")
	public LegalAddOnRow get(long id) {
		access.requireVisible(load(id).getStationId());
		return single(id);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public LegalAddOnRow create(LegalAddOnDraft draft) {
		check(null, null, draft);
		LegalAddOn addOn = new LegalAddOn(draft.stationId());
		addOn.apply(draft);
		addOn = saveNew(addOn);
		audit.record(ENTITY_TYPE, addOn.getId(), ChangeAction.CREATE, FieldChange.between(Map.of(), addOn.snapshot()));
		events.publishEvent(new ProgrammeChanged(Programme.LEGAL_SERVICE, draft.year()));
		return single(addOn.getId());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public LegalAddOnRow update(long id, long expectedVersion, LegalAddOnDraft draft) {
		LegalAddOn addOn = load(id);
		ProgrammeVersions.require(ENTITY_TYPE, addOn, expectedVersion);
		check(id, addOn.getStatus(), draft);
		Map<String, String> before = addOn.snapshot();
		addOn.apply(draft);
		save(addOn, before);
		events.publishEvent(new ProgrammeChanged(Programme.LEGAL_SERVICE, draft.year()));
		return single(id);
	}

	/**
	 * One status for several add-ons, all or nothing (see
	 * {@link SmartUpgradeService#changeStatus}).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public int changeStatus(BulkStatusChange<LegalStatus> change) {
		List<RowsRefusedException.RefusedRow> refused = new ArrayList<>();
		Map<LegalAddOn, LegalAddOnDraft> accepted = new LinkedHashMap<>();
		for (LegalAddOn addOn : addOns.findAllById(change.versions().keySet())) {
			LegalAddOnDraft next = addOn.toDraft()
				.withStatus(change.status(), change.status() == LegalStatus.ENDED ? change.date() : null);
			List<FieldProblem> problems = new ArrayList<>();
			if (addOn.getVersion() != change.versions().get(addOn.getId())) {
				problems.add(FieldProblem.of("status", "programme.validation.changed-meanwhile"));
			}
			problems.addAll(rules(addOn.getId(), addOn.getStatus(), next));
			if (problems.isEmpty()) {
				accepted.put(addOn, next);
			}
			else {
				refused.add(new RowsRefusedException.RefusedRow(addOn.getId(),
						access.station(addOn.getStationId()).name(), problems));
			}
		}
		if (accepted.size() + refused.size() != change.versions().size()) {
			throw new IllegalArgumentException("unknown legal add-on in " + change.versions().keySet());
		}
		if (!refused.isEmpty()) {
			throw new RowsRefusedException(refused);
		}
		accepted.forEach((addOn, next) -> {
			Map<String, String> before = addOn.snapshot();
			addOn.apply(next);
			save(addOn, before);
		});
		accepted.values()
			.stream()
			.map(LegalAddOnDraft::year)
			.distinct()
			.forEach(y -> events.publishEvent(new ProgrammeChanged(Programme.LEGAL_SERVICE, y)));
		return accepted.size();
	}

	/** Union post stations without a planned or active add-on, by name. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public List<ProgrammeStation> candidates(int year, @Nullable String text, int offset, int limit) {
		return queries.candidates(
				"""
						s.type = 'UNION_POST_STATION' AND CAST(:year AS integer) IS NOT NULL
						AND NOT EXISTS (SELECT 1 FROM legal_addon a WHERE a.station_id = s.id AND a.status IN ('PLANNED', 'ACTIVE'))
						""",
				year, text, offset, limit);
	}

	@PreAuthorize("isAuthenticated()")
	public List<Revision> history(long id) {
		access.requireVisible(load(id).getStationId());
		return audit.history(ENTITY_TYPE, id);
	}

	private void check(@Nullable Long id, @Nullable LegalStatus from, LegalAddOnDraft draft) {
		List<FieldProblem> problems = rules(id, from, draft);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private List<FieldProblem> rules(@Nullable Long id, @Nullable LegalStatus from, LegalAddOnDraft draft) {
		StationType type = access.station(draft.stationId()).type();
		List<FieldProblem> problems = new ArrayList<>(LegalAddOnRules.check(from, draft, type, LocalDate.now(clock)));
		if (draft.status().isOpen() && addOns.existsOtherOpen(draft.stationId(), id)) {
			problems.add(FieldProblem.of("stationId", "programme.legal.validation.one-open"));
		}
		return problems;
	}

	private LegalAddOn saveNew(LegalAddOn addOn) {
		try {
			return addOns.saveAndFlush(addOn);
		}
		catch (DataIntegrityViolationException e) {
			// a concurrent add-on of the same station hit the partial unique index
			throw new InvalidInputException(
					List.of(FieldProblem.of("stationId", "programme.legal.validation.one-open")));
		}
	}

	private void save(LegalAddOn addOn, Map<String, String> before) {
		try {
			addOns.saveAndFlush(addOn);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw new ConcurrentEditException(ENTITY_TYPE + " " + addOn.getId());
		}
		catch (DataIntegrityViolationException e) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("stationId", "programme.legal.validation.one-open")));
		}
		audit.record(ENTITY_TYPE, addOn.getId(), ChangeAction.UPDATE, FieldChange.between(before, addOn.snapshot()));
	}

	private LegalAddOn load(long id) {
		return addOns.findById(id).orElseThrow(() -> new IllegalArgumentException("no legal add-on " + id));
	}

	private LegalAddOnRow single(long id) {
		LegalAddOnRow row = queries.byId(TABLE, "", id, (rs, n) -> toRow(rs, null));
		return withConsultations(List.of(row)).getFirst();
	}

	private List<LegalAddOnRow> withConsultations(List<LegalAddOnRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, ReportFigures> byStation = figures.figures(rows.stream().map(r -> r.station().id()).toList(),
				YearMonth.now(clock), ReportCategory.LEGAL_SERVICE);
		return rows.stream().map(r -> {
			ReportFigures f = byStation.getOrDefault(r.station().id(), ReportFigures.none(r.station().id()));
			return new LegalAddOnRow(r.id(), r.version(), r.station(), r.values(), f.month(), f.yearToDate(),
					r.updatedAt(), r.updatedBy());
		}).toList();
	}

	private static LegalAddOnRow toRow(java.sql.ResultSet rs, @Nullable ReportFigures f) throws java.sql.SQLException {
		java.sql.Time opens = rs.getTime("opens");
		java.sql.Time closes = rs.getTime("closes");
		LegalAddOnDraft values = new LegalAddOnDraft(rs.getLong("station_id"), rs.getInt("programme_year"),
				LegalPartnerKind.valueOf(rs.getString("partner_kind")), rs.getString("partner_name"),
				rs.getString("lawyer_name"), rs.getString("lawyer_phone"),
				ProgrammeQueries.enums(rs, "weekdays", LegalAddOn::day), opens == null ? null : opens.toLocalTime(),
				closes == null ? null : closes.toLocalTime(), ProgrammeQueries.date(rs, "start_date"),
				ProgrammeQueries.date(rs, "end_date"), LegalStatus.valueOf(rs.getString("status")));
		return new LegalAddOnRow(rs.getLong("id"), rs.getLong("version"), ProgrammeQueries.station(rs), values,
				f == null ? 0 : f.month(), f == null ? 0 : f.yearToDate(), rs.getTimestamp("updated_at").toInstant(),
				rs.getString("updated_by"));
	}

}
