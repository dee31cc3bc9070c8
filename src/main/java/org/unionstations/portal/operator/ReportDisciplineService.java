package org.unionstations.portal.operator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.NameOrder;
import org.unionstations.portal.operator.ReportDisciplineRepository.Reckoned;
import org.unionstations.portal.security.CurrentUser;

/**
 * Reporting discipline (报送情况): which stations have not filed the last monthly report due
 * from them, as of a day, with summaries per district and per operator. Read-only; every
 * role reads it, operators for their own stations only (enforced here). The months owed
 * follow {@link ServiceReportService#schedule(long)}'s rule, computed for all stations in
 * one query ({@link ReportDisciplineRepository}); the reports counted are those on record
 * now, however late they were filed.
 */
@Service
@Transactional(readOnly = true)
public class ReportDisciplineService {

	private final ReportDisciplineRepository repository;

	private final CurrentUser currentUser;

	private final Clock clock;

	ReportDisciplineService(ReportDisciplineRepository repository, CurrentUser currentUser, Clock clock) {
		this.repository = repository;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** Today in China, the board's default day and the latest it reads. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER', 'OPERATOR')")
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The board as of {@code filter.asOf()} (today at the latest; a later day is refused
	 * at field {@code asOf}): the month before it is the last month due.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER', 'OPERATOR')")
	public ReportDiscipline report(DisciplineFilter filter) {
		if (filter.asOf().isAfter(today())) {
			throw new InvalidInputException(List.of(FieldProblem.of("asOf", "discipline.validation.future")));
		}
		YearMonth lastDue = YearMonth.from(filter.asOf()).minusMonths(1);
		boolean ownOnly = !currentUser.seesAllStations();
		Set<Long> scope = ownOnly ? currentUser.assignedStationIds() : null;
		List<Reckoned> reckoning = repository.reckoning(lastDue, scope, filter.districtId());
		return new ReportDiscipline(filter.asOf(), lastDue, ownOnly,
				reckoning.stream().filter(Reckoned::late).map(Reckoned::station).toList(), districts(reckoning),
				operators(reckoning));
	}

	/** Per district, in pinyin order of the Chinese names; stations without one last. */
	private static List<DistrictDiscipline> districts(List<Reckoned> reckoning) {
		Map<@Nullable Long, DistrictDiscipline> districts = new LinkedHashMap<>();
		for (Reckoned r : reckoning) {
			districts.merge(r.districtId(),
					new DistrictDiscipline(r.districtId(), r.station().districtNameZh(), r.station().districtNameEn(),
							1, r.late() ? 1 : 0),
					(a, b) -> new DistrictDiscipline(a.districtId(), a.nameZh(), a.nameEn(), a.due() + b.due(),
							a.late() + b.late()));
		}
		List<DistrictDiscipline> list = new ArrayList<>(districts.values());
		list.sort(NameOrder.by(DistrictDiscipline::nameZh));
		return list;
	}

	/**
	 * Per operator (a station with two operators counts for both), in pinyin order; the
	 * stations nobody is assigned to last.
	 */
	private static List<OperatorDiscipline> operators(List<Reckoned> reckoning) {
		Map<@Nullable String, OperatorDiscipline> operators = new LinkedHashMap<>();
		for (Reckoned r : reckoning) {
			List<@Nullable String> names = r.station().operators().isEmpty() ? noOperator()
					: List.copyOf(r.station().operators());
			int behind = r.late() ? r.station().monthsBehind() : 0;
			for (String name : names) {
				operators.merge(name, new OperatorDiscipline(name, 1, r.late() ? 1 : 0, behind),
						(a, b) -> new OperatorDiscipline(a.operator(), a.stations() + b.stations(), a.late() + b.late(),
								Math.max(a.maxMonthsBehind(), b.maxMonthsBehind())));
			}
		}
		List<OperatorDiscipline> list = new ArrayList<>(operators.values());
		list.sort(Comparator.comparing(OperatorDiscipline::operator, NameOrder.names()));
		return list;
	}

	private static List<@Nullable String> noOperator() {
		List<@Nullable String> none = new ArrayList<>();
		none.add(null);
		return none;
	}

}
