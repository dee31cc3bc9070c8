package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

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
import org.unionstations.portal.base.TextRules;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.security.CurrentUser;
import org.unionstations.portal.security.Role;

/**
 * Targets of the year's KPIs: admins and planners edit them (leaders and operators read),
 * add KPIs to a year's catalogue and set up the next year from the last; every change
 * goes to the change log, a stale save is refused naming who saved first.
 */
@Service
@Transactional(readOnly = true)
public class KpiTargetService {

	static final String ENTITY_TYPE = "KPI";

	/** The years a catalogue may be kept for (as the database checks). */
	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	/** What a KPI's code may be: capitals, digits and underscores. */
	public static final Pattern CODE = Pattern.compile("^[A-Z0-9_]{2," + Kpi.CODE_MAX + "}$");

	public static final int NAME_MAX = Kpi.NAME_MAX;

	public static final int UNIT_MAX = Kpi.UNIT_MAX;

	/**
	 * The field of a problem with one district's part of the target:
	 * {@code districtTargets.<district id>}.
	 */
	public static final String DISTRICT_TARGET = "districtTargets.";

	private static final String MAX_TEXT = "999999999999.99";

	private static final BigDecimal MAX_VALUE = new BigDecimal(MAX_TEXT);

	/** A seasonal weight as the database keeps it: numeric(8, 3). */
	private static final BigDecimal MAX_WEIGHT = new BigDecimal("99999.999");

	private final KpiRepository kpis;

	private final KpiService figures;

	private final DistrictService districts;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final CurrentUser currentUser;

	KpiTargetService(KpiRepository kpis, KpiService figures, DistrictService districts, AuditLog audit,
			ApplicationEventPublisher events, CurrentUser currentUser) {
		this.kpis = kpis;
		this.figures = figures;
		this.districts = districts;
		this.audit = audit;
		this.events = events;
		this.currentUser = currentUser;
	}

	/**
	 * True when the caller may change targets and the catalogue (admins and planners).
	 */
	@PreAuthorize("isAuthenticated()")
	public boolean canEdit() {
		return currentUser.require().hasRole(Role.ADMIN) || currentUser.require().hasRole(Role.PLANNER);
	}

	/**
	 * Adds a KPI to a year's catalogue, after the year's others. Refused, with every
	 * problem at its field: a code that is not 2–40 capitals, digits or underscores, or
	 * that the year already has; a missing or too long name; a too long unit; an
	 * aggregation other than SUM for a figure the portal computes; a target out of range.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public KpiDefinition create(NewKpiDraft draft) {
		List<FieldProblem> problems = problems(draft);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Kpi kpi = kpis.saveAndFlush(new Kpi(draft.year(), kpis.findLastPosition(draft.year()) + 1, draft));
		audit.record(ENTITY_TYPE, kpi.getId(), ChangeAction.CREATE,
				FieldChange.between(Map.of(), kpi.creationSnapshot()));
		events.publishEvent(new KpiTargetChanged(kpi.getId(), kpi.getYear()));
		return KpiDefinition.of(kpi);
	}

	/**
	 * Sets up the year after {@code year} with the same catalogue: codes, names, units,
	 * sources, aggregations, directions, targets, seasonal profiles and district splits
	 * as they are; each KPI's last year's actual is its figure of {@code year} as of 31
	 * December (today, while the year is still running). Refused when {@code year} has no
	 * KPIs or the next year already has some. Every new KPI gets a CREATE entry in the
	 * change log.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public CopiedYear copyToNextYear(int year) {
		List<Kpi> source = kpis.findByYearOrderByPositionAscIdAsc(year);
		int next = year + 1;
		if (source.isEmpty()) {
			throw new InvalidInputException(List.of(FieldProblem.of("year", "kpi.copy.nothing", year)));
		}
		if (next > LAST_YEAR) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("year", "kpi.validation.year", FIRST_YEAR, LAST_YEAR)));
		}
		if (kpis.existsByYear(next)) {
			throw new InvalidInputException(List.of(FieldProblem.of("year", "kpi.copy.exists", next)));
		}
		KpiBoard board = figures.board(year, LocalDate.of(year, 12, 31));
		Map<Long, BigDecimal> actuals = new HashMap<>();
		board.cards().forEach(card -> actuals.put(card.kpi().id(), card.actual()));
		List<Kpi> copies = kpis
			.saveAllAndFlush(source.stream().map(k -> k.copyTo(next, actuals.get(k.getId()))).toList());
		Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
		copies.forEach(k -> changes.put(k.getId(), FieldChange.between(Map.of(), k.creationSnapshot())));
		audit.recordAll(ENTITY_TYPE, ChangeAction.CREATE, changes);
		events.publishEvent(new KpiTargetChanged(copies.getFirst().getId(), next));
		return new CopiedYear(next, copies.size(), board.asOf());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public KpiDefinition update(long kpiId, long expectedVersion, KpiTargetDraft draft) {
		Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> new RecordNotFoundException("KPI " + kpiId));
		if (kpi.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY_TYPE, kpi.getUpdatedBy(), kpi.getUpdatedAt());
		}
		check(draft);
		Map<String, String> before = kpi.snapshot();
		kpi.apply(draft);
		kpi = kpis.saveAndFlush(kpi);
		audit.record(ENTITY_TYPE, kpiId, ChangeAction.UPDATE, FieldChange.between(before, kpi.snapshot()));
		events.publishEvent(new KpiTargetChanged(kpiId, kpi.getYear()));
		return KpiDefinition.of(kpi);
	}

	@PreAuthorize("isAuthenticated()")
	public List<Revision> history(long kpiId) {
		return audit.history(ENTITY_TYPE, kpiId);
	}

	private List<FieldProblem> problems(NewKpiDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.year() < FIRST_YEAR || d.year() > LAST_YEAR) {
			problems.add(FieldProblem.of("year", "kpi.validation.year", FIRST_YEAR, LAST_YEAR));
		}
		if (d.code() == null || d.code().isBlank()) {
			problems.add(FieldProblem.of("code", "validation.required"));
		}
		else if (!CODE.matcher(d.code()).matches()) {
			problems.add(FieldProblem.of("code", "kpi.validation.code"));
		}
		else if (kpis.existsByYearAndCode(d.year(), d.code())) {
			problems.add(FieldProblem.of("code", "kpi.validation.code-taken", d.code(), d.year()));
		}
		text("nameZh", d.nameZh(), NAME_MAX, true, problems);
		text("nameEn", d.nameEn(), NAME_MAX, true, problems);
		text("unitZh", d.unitZh(), UNIT_MAX, false, problems);
		text("unitEn", d.unitEn(), UNIT_MAX, false, problems);
		if (d.source() == null) {
			problems.add(FieldProblem.of("source", "validation.required"));
		}
		if (d.direction() == null) {
			problems.add(FieldProblem.of("direction", "validation.required"));
		}
		if (d.aggregation() == null) {
			problems.add(FieldProblem.of("aggregation", "validation.required"));
		}
		else if (d.source() != null && d.source().computed() && d.aggregation() != KpiAggregation.SUM) {
			problems.add(FieldProblem.of("aggregation", "kpi.validation.aggregation-computed"));
		}
		if (d.target() == null) {
			problems.add(FieldProblem.of("target", "validation.required"));
		}
		else {
			amount("target", d.target(), problems);
		}
		return problems;
	}

	private static void text(String field, @Nullable String value, int max, boolean required,
			List<FieldProblem> problems) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			if (required) {
				problems.add(FieldProblem.of(field, "validation.required"));
			}
			return;
		}
		if (text.length() > max) {
			problems.add(FieldProblem.of(field, "validation.too-long", max));
			return;
		}
		TextRules.check(field, text, false).ifPresent(problems::add);
	}

	private void check(KpiTargetDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		amount("target", draft.target(), problems);
		if (draft.lastYearActual() != null) {
			amount("lastYearActual", draft.lastYearActual(), problems);
		}
		if (draft.monthlyProfile() != null) {
			List<BigDecimal> profile = draft.monthlyProfile();
			if (profile.size() != 12 || profile.stream().anyMatch(w -> w == null || w.signum() < 0)
					|| profile.stream().allMatch(w -> w != null && w.signum() == 0)) {
				problems.add(FieldProblem.of("monthlyProfile", "kpi.validation.profile"));
			}
			else if (profile.stream()
				.anyMatch(w -> w.compareTo(MAX_WEIGHT) > 0 || w.stripTrailingZeros().scale() > 3)) {
				problems.add(FieldProblem.of("monthlyProfile", "kpi.validation.profile-weight"));
			}
		}
		for (Map.Entry<Long, BigDecimal> split : draft.districtTargets().entrySet()) {
			String field = DISTRICT_TARGET + split.getKey();
			if (districts.find(split.getKey()).isEmpty()) {
				problems.add(FieldProblem.of(field, "kpi.validation.district-unknown"));
			}
			else {
				amount(field, split.getValue(), problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** A target or actual: 0 to {@value #MAX_TEXT}, at most two decimals. */
	private static void amount(String field, BigDecimal value, List<FieldProblem> problems) {
		if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0) {
			problems.add(FieldProblem.of(field, "kpi.validation.target-range"));
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			problems.add(FieldProblem.of(field, "kpi.progress.validation.decimals"));
		}
	}

}
