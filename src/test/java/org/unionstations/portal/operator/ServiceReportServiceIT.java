package org.unionstations.portal.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.audit.Revision;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.InvalidInputException;

@PortalIT
@Transactional
class ServiceReportServiceIT {

	private static final YearMonth LAST_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);

	@Autowired
	ServiceReportService reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.unionstations.portal.station.StationService stations;

	@Test
	@WithUserDetails("operator")
	void an_operator_reports_a_month_and_corrects_it_with_history_kept() {
		long station = idOf("温泉路环卫工会驿站");
		MonthlyReport empty = reports.get(station, LAST_MONTH);
		assertThat(empty.reported()).isFalse();

		MonthlyReport first = reports.save(station, LAST_MONTH, null, Map.of(ReportCategory.SEASONAL_CARE,
				new ReportCounts(320, 4), ReportCategory.LEGAL_SERVICE, new ReportCounts(15, 1)));
		assertThat(first.totalPeopleServed()).isEqualTo(335);
		assertThat(first.totalActivities()).isEqualTo(5);

		MonthlyReport corrected = reports.save(station, LAST_MONTH, first.version(),
				Map.of(ReportCategory.SEASONAL_CARE, new ReportCounts(302, 4), ReportCategory.LEGAL_SERVICE,
						new ReportCounts(15, 1)));
		assertThat(reports.get(station, LAST_MONTH).counts().get(ReportCategory.SEASONAL_CARE))
			.isEqualTo(new ReportCounts(302, 4));

		List<Revision> history = reports.history(station, LAST_MONTH);
		assertThat(history).extracting(Revision::action).containsExactly(ChangeAction.UPDATE, ChangeAction.CREATE);
		assertThat(history.getFirst().changes()).containsExactly(new FieldChange("SEASONAL_CARE.people", "320", "302"));
		assertThat(history.getFirst().changedBy()).isEqualTo("operator");
		assertThat(corrected.version()).isGreaterThan(first.version());
		assertThat(reports.recent(station, 12).get(1).month()).isEqualTo(LAST_MONTH);
	}

	@Test
	@WithUserDetails("operator")
	void one_report_per_station_and_month_and_stale_corrections_are_refused() {
		long station = idOf("银泉大道环卫工会驿站");
		MonthlyReport first = reports.save(station, LAST_MONTH, null,
				Map.of(ReportCategory.CULTURAL, new ReportCounts(40, 2)));
		// a second "first report" for the same month, e.g. from another browser tab, does
		// not overwrite it
		assertThatThrownBy(
				() -> reports.save(station, LAST_MONTH, null, Map.of(ReportCategory.CULTURAL, new ReportCounts(1, 1))))
			.isInstanceOf(ConcurrentEditException.class);
		reports.save(station, LAST_MONTH, first.version(), Map.of(ReportCategory.CULTURAL, new ReportCounts(45, 2)));
		assertThatThrownBy(() -> reports.save(station, LAST_MONTH, first.version(),
				Map.of(ReportCategory.CULTURAL, new ReportCounts(99, 9))))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(reports.get(station, LAST_MONTH).totalPeopleServed()).isEqualTo(45);
	}

	@Test
	@WithUserDetails("operator")
	void an_operator_cannot_report_for_someone_elses_station_or_for_the_future() {
		long other = idOf("河北大道环卫工会驿站");
		assertThatThrownBy(() -> reports.save(other, LAST_MONTH, null, Map.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> reports.get(other, LAST_MONTH)).isInstanceOf(AccessDeniedException.class);
		long own = idOf("温泉路环卫工会驿站");
		assertThatThrownBy(() -> reports.save(own, LAST_MONTH.plusMonths(2), null, Map.of()))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@WithUserDetails("leader")
	void a_leader_reads_reports_but_cannot_write_them() {
		long station = idOf("温泉路环卫工会驿站");
		assertThat(reports.get(station, LAST_MONTH).stationId()).isEqualTo(station);
		assertThatThrownBy(() -> reports.save(station, LAST_MONTH, null, Map.of()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("operator")
	void the_last_full_month_is_due_and_every_unreported_month_of_its_year_is_missing() {
		long station = idOf("温泉路环卫工会驿站"); // open since before its records
		YearMonth january = YearMonth.of(LAST_MONTH.getYear(), 1);
		reports.save(station, LAST_MONTH, null, Map.of(ReportCategory.CULTURAL, new ReportCounts(10, 1)));
		reports.save(station, january, reports.get(station, january).version(),
				Map.of(ReportCategory.CULTURAL, new ReportCounts(5, 1)));

		ReportSchedule schedule = reports.schedule(station);
		assertThat(schedule.dueMonth()).isEqualTo(LAST_MONTH);
		assertThat(schedule.closingMonth()).isNull();
		List<YearMonth> expected = new java.util.ArrayList<>();
		for (YearMonth m = january.plusMonths(1); m.isBefore(LAST_MONTH); m = m.plusMonths(1)) {
			expected.add(m);
		}
		assertThat(schedule.missing()).containsExactlyElementsOf(expected);
	}

	@Test
	@WithUserDetails("operator")
	void months_are_missing_only_since_the_station_opened() {
		long station = idOf("永安大道快递小哥工会驿站");
		YearMonth opened = LAST_MONTH.minusMonths(1);
		jdbc.sql("UPDATE station SET opened_on = :d WHERE id = :id")
			.param("d", opened.atDay(20))
			.param("id", station)
			.update();
		YearMonth january = YearMonth.of(LAST_MONTH.getYear(), 1);
		YearMonth from = opened.isBefore(january) ? january : opened;
		List<YearMonth> expected = new java.util.ArrayList<>();
		for (YearMonth m = from; !m.isAfter(LAST_MONTH); m = m.plusMonths(1)) {
			expected.add(m);
		}
		assertThat(reports.schedule(station).missing()).containsExactlyElementsOf(expected);
	}

	@Test
	@WithUserDetails("operator")
	void reports_for_months_after_the_station_closed_are_refused() {
		long station = idOf("银泉大道环卫工会驿站");
		YearMonth closing = LAST_MONTH.minusMonths(2);
		jdbc.sql("UPDATE station SET status = 'CLOSED', status_reason = NULL, closed_on = :d WHERE id = :id")
			.param("d", closing.atDay(15))
			.param("id", station)
			.update();

		assertThatThrownBy(() -> reports.save(station, closing.plusMonths(1), null,
				Map.of(ReportCategory.CULTURAL, new ReportCounts(3, 1))))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.problems().getFirst().field()).isEqualTo("month");
				assertThat(e.problems().getFirst().messageKey()).isEqualTo("report.validation.after-closing");
				assertThat(e.problems().getFirst().args()).containsExactly(closing.atDay(15).toString());
			});
		assertThat(reports.get(station, closing.plusMonths(1)).reported()).isFalse();
		// the month it closed in is still due
		assertThat(reports.save(station, closing, null, Map.of(ReportCategory.CULTURAL, new ReportCounts(3, 1)))
			.reported()).isTrue();

		ReportSchedule schedule = reports.schedule(station);
		assertThat(schedule.closingMonth()).isEqualTo(closing);
		assertThat(schedule.dueMonth()).isEqualTo(closing);
		assertThat(schedule.missing()).allSatisfy(m -> assertThat(m).isBefore(closing));
	}

	@Test
	@WithUserDetails("planner")
	void closing_a_station_records_the_day_and_reopening_clears_it() {
		long station = idOf("银泉大道环卫工会驿站");
		var draft = stations.get(station).toDraft();
		draft.setStatus(org.unionstations.portal.station.StationStatus.CLOSED);
		stations.update(station, draft);
		assertThat(jdbc.sql("SELECT closed_on FROM station WHERE id = :id")
			.param("id", station)
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")));
		YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
		assertThat(reports.schedule(station).closingMonth()).isEqualTo(now);
		assertThat(reports.schedule(station).dueMonth()).isEqualTo(LAST_MONTH);

		var reopened = stations.get(station).toDraft();
		reopened.setStatus(org.unionstations.portal.station.StationStatus.OPEN);
		stations.update(station, reopened);
		assertThat(reports.schedule(station).closingMonth()).isNull();
	}

	private long idOf(String name) {
		return jdbc.sql("SELECT id FROM station WHERE name = :name").param("name", name).query(Long.class).single();
	}

}
