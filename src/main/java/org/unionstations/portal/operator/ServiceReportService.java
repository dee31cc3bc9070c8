package org.unionstations.portal.operator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
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
import org.unionstations.portal.station.ServicePeriod;
import org.unionstations.portal.station.StationService;

/**
 * Monthly service reports: one per station and month, written by the station's operator
 * (or an admin/planner). Corrections are saves of the same month with the version read;
 * each one is kept in the change log.
 */
@Service
@Transactional(readOnly = true)
public class ServiceReportService {

	static final String ENTITY_TYPE = "SERVICE_REPORT";

	/** Reports are kept in China Standard Time months. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final ServiceReportRepository reports;

	private final StationService stations;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ServiceReportService(ServiceReportRepository reports, StationService stations, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.stations = stations;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	public MonthlyReport get(long stationId, YearMonth month) {
		stations.get(stationId); // visibility check: operators see their own stations
									// only
		return find(stationId, month).map(ServiceReport::toReport)
			.orElse(new MonthlyReport(stationId, month, null, Map.of()));
	}

	/**
	 * The last {@code months} months, newest first, unreported months included as empty
	 * reports.
	 */
	@PreAuthorize("isAuthenticated()")
	public List<MonthlyReport> recent(long stationId, int months) {
		stations.get(stationId);
		YearMonth now = YearMonth.now(clock);
		Map<YearMonth, MonthlyReport> found = new LinkedHashMap<>();
		reports.findByStationIdAndMonthGreaterThanEqualOrderByMonthDesc(stationId, now.minusMonths(months - 1).atDay(1))
			.forEach(r -> found.put(r.getMonth(), r.toReport()));
		List<MonthlyReport> list = new ArrayList<>();
		for (int i = 0; i < months; i++) {
			YearMonth m = now.minusMonths(i);
			list.add(found.getOrDefault(m, new MonthlyReport(stationId, m, null, Map.of())));
		}
		return list;
	}

	/**
	 * The last month due and the months still missing a report: a month is due once it is
	 * over, from the month the station opened (or January of the due month's year,
	 * whichever is later) to the month it closed in.
	 */
	@PreAuthorize("isAuthenticated()")
	public ReportSchedule schedule(long stationId) {
		return schedule(stationId, LocalDate.now(clock));
	}

	/**
	 * As {@link #schedule(long)} on the day {@code asOf}: the months over by then, and
	 * the reports on record now. {@link ReportDisciplineService} computes the same for
	 * all stations at once in SQL ({@code ReportDisciplineRepository}); a test keeps the
	 * two in agreement.
	 */
	@PreAuthorize("isAuthenticated()")
	public ReportSchedule schedule(long stationId, LocalDate asOf) {
		ServicePeriod period = stations.servicePeriod(stationId);
		YearMonth closing = period.closingMonth();
		YearMonth due = YearMonth.from(asOf).minusMonths(1);
		if (closing != null && closing.isBefore(due)) {
			due = closing;
		}
		YearMonth from = YearMonth.of(due.getYear(), 1);
		Set<YearMonth> reported = new HashSet<>();
		reports.findByStationIdAndMonthGreaterThanEqualOrderByMonthDesc(stationId, from.atDay(1))
			.forEach(r -> reported.add(r.getMonth()));
		List<YearMonth> missing = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(due); m = m.plusMonths(1)) {
			if (period.inService(m) && !reported.contains(m)) {
				missing.add(m);
			}
		}
		return new ReportSchedule(due, missing, closing);
	}

	/**
	 * Saves the month's counts. {@code expectedVersion} is the version read (null when
	 * the month was empty); someone else's save in between is refused with
	 * {@link ConcurrentEditException}.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'OPERATOR')")
	public MonthlyReport save(long stationId, YearMonth month, @Nullable Long expectedVersion,
			Map<ReportCategory, ReportCounts> counts) {
		if (!stations.canMaintain(stationId)) {
			throw new AccessDeniedException("station " + stationId + " is not yours to report on");
		}
		if (month.isAfter(YearMonth.now(clock))) {
			throw new InvalidInputException(List.of(FieldProblem.of("month", "report.validation.future")));
		}
		ServicePeriod period = stations.servicePeriod(stationId);
		if (period.closedBefore(month)) {
			throw new InvalidInputException(List.of(FieldProblem.of("month", "report.validation.after-closing",
					Objects.requireNonNull(period.closedOn()).toString())));
		}
		Optional<ServiceReport> existing = find(stationId, month);
		long current = existing.map(ServiceReport::getVersion).orElse(-1L);
		if ((expectedVersion == null && existing.isPresent())
				|| (expectedVersion != null && expectedVersion != current)) {
			throw new ConcurrentEditException("report " + stationId + " " + month);
		}
		ServiceReport report = existing.orElseGet(() -> new ServiceReport(stationId, month));
		Map<String, String> before = existing.isPresent() ? snapshot(report) : Map.of();
		report.setCounts(counts);
		try {
			report = reports.saveAndFlush(report);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
			// a concurrent first report for the same month hits the unique key; a
			// concurrent correction the version
			throw new ConcurrentEditException("report " + stationId + " " + month);
		}
		audit.record(ENTITY_TYPE, report.getId(), existing.isPresent() ? ChangeAction.UPDATE : ChangeAction.CREATE,
				FieldChange.between(before, snapshot(report)));
		MonthlyReport saved = report.toReport();
		events.publishEvent(new ServiceReportSaved(saved));
		return saved;
	}

	/**
	 * Every save of the month's report, newest first (corrections keep their history).
	 */
	@PreAuthorize("isAuthenticated()")
	public List<Revision> history(long stationId, YearMonth month) {
		stations.get(stationId);
		return find(stationId, month).map(r -> audit.history(ENTITY_TYPE, r.getId())).orElse(List.of());
	}

	private Optional<ServiceReport> find(long stationId, YearMonth month) {
		return reports.findByStationIdAndMonth(stationId, month.atDay(1));
	}

	private static Map<String, String> snapshot(ServiceReport report) {
		Map<String, String> fields = new LinkedHashMap<>();
		report.getCounts().forEach((c, n) -> {
			fields.put(c.name() + ".people", String.valueOf(n.peopleServed()));
			fields.put(c.name() + ".activities", String.valueOf(n.activities()));
		});
		return fields;
	}

}
