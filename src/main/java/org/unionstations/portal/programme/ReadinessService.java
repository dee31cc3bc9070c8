package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.unionstations.portal.operator.ReportFigures;
import org.unionstations.portal.operator.ReportFiguresService;
import org.unionstations.portal.security.CurrentUser;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.station.OpeningHours;

/**
 * Flagship readiness from each station's own data (services, hours, reports, legal
 * add-on, smart upgrade, activities) against the criteria an admin weights, and the
 * threshold an award needs.
 */
@Service
@Transactional(readOnly = true)
public class ReadinessService {

	static final String ENTITY_TYPE = "FLAGSHIP_POLICY";

	/** The largest target a criterion may have (the column holds more). */
	public static final BigDecimal TARGET_MAX = BigDecimal.valueOf(100_000);

	private final CriterionSettingRepository settings;

	private final FlagshipPolicyRepository policies;

	private final ProgrammeQueries queries;

	private final ProgrammeAccess access;

	private final ReportFiguresService figures;

	private final AuditLog audit;

	private final Clock clock;

	private final CurrentUser currentUser;

	ReadinessService(CriterionSettingRepository settings, FlagshipPolicyRepository policies, ProgrammeQueries queries,
			ProgrammeAccess access, ReportFiguresService figures, AuditLog audit, Clock clock,
			CurrentUser currentUser) {
		this.settings = settings;
		this.policies = policies;
		this.queries = queries;
		this.access = access;
		this.figures = figures;
		this.audit = audit;
		this.clock = clock;
		this.currentUser = currentUser;
	}

	@PreAuthorize("isAuthenticated()")
	public ReadinessPolicy policy() {
		FlagshipPolicy policy = policies.findById(FlagshipPolicy.ID).orElseThrow();
		List<ReadinessPolicy.Setting> list = settings.findAll()
			.stream()
			.sorted(java.util.Comparator.comparing(CriterionSetting::getCriterion))
			.map(s -> new ReadinessPolicy.Setting(s.getCriterion(), s.getWeight(), s.getTarget(), s.getVersion()))
			.toList();
		return new ReadinessPolicy(policy.getThreshold(), policy.getVersion(), list);
	}

	/** Admins set the threshold and each criterion's weight and target (logged). */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public ReadinessPolicy updatePolicy(ReadinessPolicy changed) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (changed.threshold().signum() < 0 || changed.threshold().compareTo(BigDecimal.valueOf(100)) > 0) {
			problems.add(FieldProblem.of("threshold", "programme.flagship.validation.threshold"));
		}
		else if (changed.threshold().stripTrailingZeros().scale() > 1) {
			problems.add(FieldProblem.of("threshold", "programme.flagship.validation.one-decimal"));
		}
		for (ReadinessPolicy.Setting s : changed.settings()) {
			String field = s.criterion().name();
			if (s.weight() < 0 || s.weight() > 100) {
				problems.add(FieldProblem.of(field + ".weight", "programme.flagship.validation.weight"));
			}
			if (s.criterion().isYesNo() && s.target().compareTo(BigDecimal.ONE) != 0) {
				problems.add(FieldProblem.of(field + ".target", "programme.flagship.validation.target-yes-no"));
			}
			else if (s.target().signum() <= 0) {
				problems.add(FieldProblem.of(field + ".target", "programme.flagship.validation.target"));
			}
			else if (s.target().compareTo(TARGET_MAX) > 0) {
				problems
					.add(FieldProblem.of(field + ".target", "programme.flagship.validation.target-max", TARGET_MAX));
			}
			else if (s.target().stripTrailingZeros().scale() > 1) {
				problems.add(FieldProblem.of(field + ".target", "programme.flagship.validation.one-decimal"));
			}
		}
		if (changed.settings().stream().mapToInt(ReadinessPolicy.Setting::weight).sum() == 0) {
			// the weights together say nothing: each weight field shows it
			changed.settings()
				.forEach(s -> problems
					.add(FieldProblem.of(s.criterion().name() + ".weight", "programme.flagship.validation.no-weight")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ReadinessPolicy before = policy();
		FlagshipPolicy policy = policies.findById(FlagshipPolicy.ID).orElseThrow();
		if (policy.getVersion() != changed.version()) {
			throw conflict();
		}
		policy.setThreshold(changed.threshold());
		Map<FlagshipCriterion, CriterionSetting> stored = new EnumMap<>(FlagshipCriterion.class);
		settings.findAll().forEach(s -> stored.put(s.getCriterion(), s));
		for (ReadinessPolicy.Setting s : changed.settings()) {
			CriterionSetting setting = stored.get(s.criterion());
			if (setting.getVersion() != s.version()) {
				throw conflict();
			}
			setting.set(s.weight(), s.target());
		}
		try {
			policies.flush();
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw conflict();
		}
		audit.record(ENTITY_TYPE, FlagshipPolicy.ID, ChangeAction.UPDATE,
				FieldChange.between(snapshot(before), snapshot(changed)));
		return policy();
	}

	/** Every change of the threshold, weights and targets, newest first. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<Revision> policyHistory() {
		return audit.history(ENTITY_TYPE, FlagshipPolicy.ID);
	}

	/** Whether the caller may read the readiness rules and their history. */
	@PreAuthorize("isAuthenticated()")
	public boolean canReadPolicy() {
		return currentUser.seesAllStations();
	}

	/** Whether the caller may change the readiness rules (admins). */
	@PreAuthorize("isAuthenticated()")
	public boolean canEditPolicy() {
		return currentUser.require().hasRole(Role.ADMIN);
	}

	@PreAuthorize("isAuthenticated()")
	public Readiness of(long stationId) {
		access.requireVisible(stationId);
		return of(List.of(stationId)).get(stationId);
	}

	/**
	 * Readiness of many stations at once (a grid page): a few queries, whatever the
	 * count.
	 */
	@PreAuthorize("isAuthenticated()")
	public Map<Long, Readiness> of(Collection<Long> stationIds) {
		ReadinessPolicy policy = policy();
		Map<Long, ProgrammeQueries.StationFacts> facts = queries.facts(stationIds, access.scope());
		Map<Long, ReportFigures> reported = figures.figures(facts.keySet(), YearMonth.now(clock), null);
		Map<Long, Readiness> result = new LinkedHashMap<>();
		facts.forEach((id, f) -> {
			ReportFigures r = reported.getOrDefault(id, ReportFigures.none(id));
			Map<FlagshipCriterion, Double> values = new EnumMap<>(FlagshipCriterion.class);
			values.put(FlagshipCriterion.SERVICES_OFFERED, (double) f.services());
			values.put(FlagshipCriterion.HOURS_PER_WEEK, ReadinessScore.hoursPerWeek(OpeningHours.parse(f.hours())));
			values.put(FlagshipCriterion.PEOPLE_PER_MONTH, r.averageLastThree());
			values.put(FlagshipCriterion.LEGAL_SERVICE_ACTIVE, f.legalActive() ? 1.0 : 0.0);
			values.put(FlagshipCriterion.SMART_UPGRADE_ACCEPTED, f.upgradeAccepted() ? 1.0 : 0.0);
			values.put(FlagshipCriterion.ACTIVITIES_THIS_YEAR, (double) r.activitiesYearToDate());
			result.put(id, ReadinessScore.compute(id, values, policy));
		});
		return result;
	}

	/** A stale save: who saved the rules last, and when, as the change log says. */
	private ConcurrentEditException conflict() {
		return audit.history(ENTITY_TYPE, FlagshipPolicy.ID)
			.stream()
			.findFirst()
			.map(r -> new ConcurrentEditException(ENTITY_TYPE, r.changedBy(), r.changedAt()))
			.orElseGet(() -> new ConcurrentEditException(ENTITY_TYPE));
	}

	private static Map<String, String> snapshot(ReadinessPolicy policy) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("threshold", policy.threshold().stripTrailingZeros().toPlainString());
		policy.settings().forEach(s -> {
			fields.put(s.criterion().name() + ".weight", String.valueOf(s.weight()));
			fields.put(s.criterion().name() + ".target", s.target().stripTrailingZeros().toPlainString());
		});
		return fields;
	}

}
