package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.unionstations.portal.district.DistrictService;

/**
 * Targets of the year's KPIs: admins and planners edit them (leaders and operators read),
 * every change goes to the change log, a stale save is refused naming who saved first.
 */
@Service
@Transactional(readOnly = true)
public class KpiTargetService {

	static final String ENTITY_TYPE = "KPI";

	private static final BigDecimal MAX_VALUE = new BigDecimal("999999999999.99");

	private final KpiRepository kpis;

	private final DistrictService districts;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	KpiTargetService(KpiRepository kpis, DistrictService districts, AuditLog audit, ApplicationEventPublisher events) {
		this.kpis = kpis;
		this.districts = districts;
		this.audit = audit;
		this.events = events;
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

	private void check(KpiTargetDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.target().signum() < 0 || draft.target().compareTo(MAX_VALUE) > 0) {
			problems.add(FieldProblem.of("target", "kpi.validation.target-range"));
		}
		if (draft.lastYearActual() != null
				&& (draft.lastYearActual().signum() < 0 || draft.lastYearActual().compareTo(MAX_VALUE) > 0)) {
			problems.add(FieldProblem.of("lastYearActual", "kpi.validation.target-range"));
		}
		if (draft.monthlyProfile() != null) {
			List<BigDecimal> profile = draft.monthlyProfile();
			if (profile.size() != 12 || profile.stream().anyMatch(w -> w == null || w.signum() < 0)
					|| profile.stream().allMatch(w -> w != null && w.signum() == 0)) {
				problems.add(FieldProblem.of("monthlyProfile", "kpi.validation.profile"));
			}
		}
		for (Map.Entry<Long, BigDecimal> split : draft.districtTargets().entrySet()) {
			if (districts.find(split.getKey()).isEmpty()) {
				problems.add(FieldProblem.of("districtTargets", "kpi.validation.district-unknown"));
			}
			else if (split.getValue().signum() < 0 || split.getValue().compareTo(MAX_VALUE) > 0) {
				problems.add(FieldProblem.of("districtTargets", "kpi.validation.target-range"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
