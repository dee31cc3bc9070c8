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
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.operator.ReportFigures;
import org.unionstations.portal.operator.ReportFiguresService;
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

	private final CriterionSettingRepository settings;

	private final FlagshipPolicyRepository policies;

	private final ProgrammeQueries queries;

	private final ProgrammeAccess access;

	private final ReportFiguresService figures;

	private final AuditLog audit;

	private final Clock clock;

	ReadinessService(CriterionSettingRepository settings, FlagshipPolicyRepository policies, ProgrammeQueries queries,
			ProgrammeAccess access, ReportFiguresService figures, AuditLog audit, Clock clock) {
		this.settings = settings;
		this.policies = policies;
		this.queries = queries;
		this.access = access;
		this.figures = figures;
		this.audit = audit;
		this.clock = clock;
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
		for (ReadinessPolicy.Setting s : changed.settings()) {
			if (s.weight() < 0 || s.weight() > 100) {
				problems.add(FieldProblem.of(s.criterion().name() + ".weight", "programme.flagship.validation.weight"));
			}
			if (s.target().signum() <= 0) {
				problems.add(FieldProblem.of(s.criterion().name() + ".target", "programme.flagship.validation.target"));
			}
		}
		if (changed.settings().stream().mapToInt(ReadinessPolicy.Setting::weight).sum() == 0) {
			problems.add(FieldProblem.of("threshold", "programme.flagship.validation.no-weight"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ReadinessPolicy before = policy();
		FlagshipPolicy policy = policies.findById(FlagshipPolicy.ID).orElseThrow();
		if (policy.getVersion() != changed.version()) {
			throw new ConcurrentEditException(ENTITY_TYPE);
		}
		policy.setThreshold(changed.threshold());
		Map<FlagshipCriterion, CriterionSetting> stored = new EnumMap<>(FlagshipCriterion.class);
		settings.findAll().forEach(s -> stored.put(s.getCriterion(), s));
		for (ReadinessPolicy.Setting s : changed.settings()) {
			CriterionSetting setting = stored.get(s.criterion());
			if (setting.getVersion() != s.version()) {
				throw new ConcurrentEditException(ENTITY_TYPE);
			}
			setting.set(s.weight(), s.target());
		}
		try {
			policies.flush();
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw new ConcurrentEditException(ENTITY_TYPE);
		}
		audit.record(ENTITY_TYPE, FlagshipPolicy.ID, ChangeAction.UPDATE,
				FieldChange.between(snapshot(before), snapshot(changed)));
		return policy();
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
