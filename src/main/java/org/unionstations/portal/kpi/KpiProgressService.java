package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
import org.unionstations.portal.base.TextRules;
import org.unionstations.portal.district.DistrictService;

/**
 * Progress entries of the KPIs the portal does not run itself. Admins and planners record
 * them; every role reads. An entry is dated (in its KPI's year, never in the future),
 * negative only as a marked correction, for a district or city-wide; every save is logged
 * and reaches open boards at once.
 */
@Service
@Transactional(readOnly = true)
public class KpiProgressService {

	static final String ENTITY_TYPE = "KPI_PROGRESS";

	static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	/** The longest note an entry keeps. */
	public static final int NOTE_MAX = KpiProgress.NOTE_MAX;

	private final KpiProgressRepository entries;

	private final KpiRepository kpis;

	private final DistrictService districts;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KpiProgressService(KpiProgressRepository entries, KpiRepository kpis, DistrictService districts, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.kpis = kpis;
		this.districts = districts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A KPI's entries, newest first. */
	@PreAuthorize("isAuthenticated()")
	public List<ProgressRow> list(long kpiId) {
		return entries.findByKpiIdOrderByDateDescIdDesc(kpiId).stream().map(KpiProgress::row).toList();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public ProgressRow create(ProgressDraft draft) {
		Kpi kpi = reported(draft.kpiId());
		List<FieldProblem> problems = problems(kpi, draft);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		KpiProgress entry = new KpiProgress(kpi.getId());
		entry.apply(draft);
		entry = entries.saveAndFlush(entry);
		audit.record(ENTITY_TYPE, entry.getId(), ChangeAction.CREATE, FieldChange.between(Map.of(), entry.snapshot()));
		events.publishEvent(new KpiProgressChanged(kpi.getId(), kpi.getYear()));
		return entry.row();
	}

	/** Several entries at once (an import): all written, or none when one is refused. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public int createAll(List<ProgressDraft> drafts) {
		Map<Long, List<FieldChange>> changes = new java.util.LinkedHashMap<>();
		java.util.Set<Kpi> touched = new java.util.LinkedHashSet<>();
		for (int i = 0; i < drafts.size(); i++) {
			ProgressDraft draft = drafts.get(i);
			Kpi kpi = reported(draft.kpiId());
			List<FieldProblem> problems = problems(kpi, draft);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			KpiProgress entry = new KpiProgress(kpi.getId());
			entry.apply(draft);
			entry = entries.save(entry);
			touched.add(kpi);
			changes.put(entry.getId(), FieldChange.between(Map.of(), entry.snapshot()));
		}
		entries.flush();
		audit.recordAll(ENTITY_TYPE, ChangeAction.IMPORT, changes);
		touched.forEach(k -> events.publishEvent(new KpiProgressChanged(k.getId(), k.getYear())));
		return drafts.size();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public ProgressRow update(long entryId, long expectedVersion, ProgressDraft draft) {
		KpiProgress entry = load(entryId);
		if (entry.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY_TYPE, entry.getUpdatedBy(), entry.getUpdatedAt());
		}
		Kpi kpi = reported(entry.getKpiId());
		List<FieldProblem> problems = problems(kpi, draft);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Map<String, String> before = entry.snapshot();
		entry.apply(draft);
		entry = entries.saveAndFlush(entry);
		audit.record(ENTITY_TYPE, entryId, ChangeAction.UPDATE, FieldChange.between(before, entry.snapshot()));
		events.publishEvent(new KpiProgressChanged(kpi.getId(), kpi.getYear()));
		return entry.row();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public void delete(long entryId, long expectedVersion) {
		KpiProgress entry = load(entryId);
		if (entry.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY_TYPE, entry.getUpdatedBy(), entry.getUpdatedAt());
		}
		Kpi kpi = reported(entry.getKpiId());
		audit.record(ENTITY_TYPE, entryId, ChangeAction.DELETE, FieldChange.between(entry.snapshot(), Map.of()));
		entries.delete(entry);
		// figures are read with SQL: in a longer transaction they see the entry gone
		entries.flush();
		events.publishEvent(new KpiProgressChanged(kpi.getId(), kpi.getYear()));
	}

	@PreAuthorize("isAuthenticated()")
	public List<Revision> history(long entryId) {
		return audit.history(ENTITY_TYPE, entryId);
	}

	/**
	 * Every problem of one entry, as message keys at its fields (the import reports them
	 * per row).
	 */
	List<FieldProblem> problems(Kpi kpi, ProgressDraft d) {
		return problems(kpi.getYear(), d);
	}

	/** Every problem of one entry of a KPI of {@code year}. */
	List<FieldProblem> problems(int year, ProgressDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		if (d.date().isAfter(today)) {
			problems.add(FieldProblem.of("date", "kpi.progress.validation.future"));
		}
		else if (d.date().getYear() != year) {
			problems.add(FieldProblem.of("date", "kpi.progress.validation.year", year));
		}
		if (d.amount().abs().compareTo(MAX_AMOUNT) > 0) {
			problems.add(FieldProblem.of("amount", "kpi.progress.validation.amount-range"));
		}
		else if (d.amount().signum() < 0 && !d.correction()) {
			problems.add(FieldProblem.of("amount", "kpi.progress.validation.negative"));
		}
		if (d.amount().scale() > 2 && d.amount().stripTrailingZeros().scale() > 2) {
			problems.add(FieldProblem.of("amount", "kpi.progress.validation.decimals"));
		}
		if (d.districtId() != null && districts.find(d.districtId()).isEmpty()) {
			problems.add(FieldProblem.of("district", "kpi.validation.district-unknown"));
		}
		if (d.note() != null) {
			if (d.note().length() > KpiProgress.NOTE_MAX) {
				problems.add(FieldProblem.of("note", "validation.too-long", KpiProgress.NOTE_MAX));
			}
			TextRules.check("note", d.note(), true).ifPresent(problems::add);
		}
		return problems;
	}

	Kpi reported(long kpiId) {
		Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> new RecordNotFoundException("KPI " + kpiId));
		if (kpi.getSource() != KpiSource.REPORTED) {
			throw new InvalidInputException(List.of(FieldProblem.of("kpi", "kpi.progress.validation.computed")));
		}
		return kpi;
	}

	private KpiProgress load(long entryId) {
		return entries.findById(entryId).orElseThrow(() -> new RecordNotFoundException("KPI_PROGRESS " + entryId));
	}

}
