package org.unionstations.portal.station;

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

/**
 * The coverage standard: the service radius per station type, set by planners, every
 * change logged.
 */
@Service
@Transactional(readOnly = true)
public class CoverageStandardService {

	static final String ENTITY_TYPE = "COVERAGE_STANDARD";

	private final CoverageStandardRepository standards;

	private final AuditLog audit;

	CoverageStandardService(CoverageStandardRepository standards, AuditLog audit) {
		this.standards = standards;
		this.audit = audit;
	}

	@PreAuthorize("isAuthenticated()")
	public List<RadiusSetting> list() {
		return standards.findAllByOrderById().stream().map(CoverageStandard::toSetting).toList();
	}

	@PreAuthorize("isAuthenticated()")
	public int radius(StationType type) {
		return load(type).getRadiusMetres();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public RadiusSetting setRadius(StationType type, int radiusMetres, long expectedVersion) {
		if (radiusMetres < CoverageStandard.MIN_RADIUS || radiusMetres > CoverageStandard.MAX_RADIUS) {
			throw new InvalidInputException(List.of(FieldProblem.of("radius", "coverage.validation.radius",
					CoverageStandard.MIN_RADIUS, CoverageStandard.MAX_RADIUS)));
		}
		CoverageStandard standard = load(type);
		if (standard.getVersion() != expectedVersion) {
			throw new ConcurrentEditException("coverage standard " + type);
		}
		int before = standard.getRadiusMetres();
		standard.setRadiusMetres(radiusMetres);
		try {
			standard = standards.saveAndFlush(standard);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw new ConcurrentEditException("coverage standard " + type);
		}
		audit.record(ENTITY_TYPE, standard.getId(), ChangeAction.UPDATE, FieldChange
			.between(Map.of("radius", String.valueOf(before)), Map.of("radius", String.valueOf(radiusMetres))));
		return standard.toSetting();
	}

	@PreAuthorize("isAuthenticated()")
	public List<Revision> history(StationType type) {
		return audit.history(ENTITY_TYPE, load(type).getId());
	}

	private CoverageStandard load(StationType type) {
		return standards.findByStationType(type).orElseThrow(() -> new IllegalStateException("no standard " + type));
	}

}
