package org.unionstations.portal.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.TestClock;
import org.unionstations.portal.base.InvalidInputException;

/**
 * The reporting discipline board on the demo data with the clock fixed on 2026-12-01. The
 * expected lists are counted by hand from the demo migrations:
 * <ul>
 * <li>V8_1: reports Jan-Nov 2026 for every station open or suspended then, none for the
 * demo operators' six stations;</li>
 * <li>V8_2: a few stations behind (two in 通山县 and one in 崇阳县 missing Oct and Nov, one in
 * 通山县 silent since August, one in 崇阳县 that skipped Sep and Nov, two only missing
 * Nov);</li>
 * <li>V9_1 (the KPI demo): 嘉鱼县客运站爱心母婴室 closed on 2026-08-31 without any report; three
 * stations opened in 2026 without a report since: 咸宁高新区企业服务中心爱心母婴室 (咸安区) on 2026-09-18,
 * 通城县中医医院爱心母婴室 on 2026-10-26, 国网赤壁市供电公司心灵驿站 on 2026-11-18; six more opened in 2026 whose
 * reports before their opening month are gone (they owe nothing before it and have filed
 * every month since, so they are due but not late); 崇阳汽车客运站爱心母婴室 suspended (a suspended
 * station still reports).</li>
 * </ul>
 * So on 2026-12-01 (November due): 82 stations less the three still planned or under
 * construction (横沟桥镇工会驿站, 崇阳县职工之家, 麦市镇工会驿站) = 79 due (嘉鱼县客运站 counts: it closed this year
 * without filing its closing month); late: the six operator stations, 嘉鱼县客运站, the six
 * V8_2 stations and the three newly opened = 17.
 */
@PortalIT
@Transactional
class ReportDisciplineServiceIT {

	static final LocalDate DECEMBER_FIRST = LocalDate.of(2026, 12, 1);

	static final String LI_QIANG = "李强（驿站运营）";

	static final String CHEN_JING = "陈静（驿站运营）";

	@Autowired
	ReportDisciplineService discipline;

	@Autowired
	ReportDisciplineRepository repository;

	@Autowired
	ServiceReportService reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void fixTheClock() {
		clock.fixAt(DECEMBER_FIRST);
	}

	@AfterEach
	void resetTheClock() {
		clock.reset();
	}

	@Test
	@WithUserDetails("leader")
	void on_the_first_of_december_the_stations_without_a_november_report_are_late_worst_first() {
		ReportDiscipline board = discipline.report(new DisciplineFilter(discipline.today(), null));

		assertThat(board.dueMonth()).isEqualTo(YearMonth.of(2026, 11));
		assertThat(board.ownStationsOnly()).isFalse();
		// most months behind first, then district and name in pinyin order (赤壁 崇阳 嘉鱼
		// 通城 通山 咸安): the operators' stations owe Jan-Nov (11); the closed one
		// Jan-Aug (8); 通山县总工会 Aug-Nov (4); the station opened on 2026-09-18 Sep-Nov
		// (3); two months each for the V8_2 stations missing Oct and Nov (or Sep and Nov)
		// and the one opened on 2026-10-26 (Oct, Nov); November alone for the one opened
		// on 2026-11-18 and the two V8_2 stations missing only November
		assertThat(board.late()).extracting(LateStation::name, LateStation::monthsBehind)
			.containsExactly(tuple("赤壁市人民医院爱心母婴室", 11), tuple("河北大道环卫工会驿站", 11), tuple("温泉路环卫工会驿站", 11),
					tuple("咸宁市中心医院爱心母婴室", 11), tuple("银泉大道环卫工会驿站", 11), tuple("永安大道快递小哥工会驿站", 11),
					tuple("嘉鱼县客运站爱心母婴室", 8), tuple("通山县总工会心灵驿站", 4), tuple("咸宁高新区企业服务中心爱心母婴室", 3),
					tuple("崇阳县政务服务中心爱心母婴室", 2), tuple("石城镇工会驿站", 2), tuple("通城县中医医院爱心母婴室", 2), tuple("九宫山游客中心爱心母婴室", 2),
					tuple("南林桥镇工会驿站", 2), tuple("国网赤壁市供电公司心灵驿站", 1), tuple("崇阳汽车客运站爱心母婴室", 1), tuple("通城县职工之家", 1));

		LateStation skipped = station(board, "崇阳县政务服务中心爱心母婴室");
		assertThat(skipped.missing()).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 11));
		assertThat(skipped.lastFiled()).isEqualTo(YearMonth.of(2026, 10));
		assertThat(skipped.operators()).isEmpty();
		assertThat(skipped.contactPerson()).isEqualTo("程杰");
		assertThat(skipped.contactPhone()).isEqualTo("17707159605");
		assertThat(skipped.districtNameZh()).isEqualTo("崇阳县");
		LateStation silent = station(board, "通山县总工会心灵驿站");
		assertThat(silent.missing()).containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9),
				YearMonth.of(2026, 10), YearMonth.of(2026, 11));
		assertThat(silent.lastFiled()).isEqualTo(YearMonth.of(2026, 7));
		LateStation own = station(board, "温泉路环卫工会驿站");
		assertThat(own.operators()).containsExactly(LI_QIANG);
		assertThat(own.lastFiled()).isNull();
		// closed on 2026-08-31 without a report: it still owes its months up to August
		LateStation closed = station(board, "嘉鱼县客运站爱心母婴室");
		assertThat(closed.missing()).hasSize(8).last().isEqualTo(YearMonth.of(2026, 8));
		// opened on 2026-09-18: owes its opening month and those after it, nothing before
		LateStation opened = station(board, "咸宁高新区企业服务中心爱心母婴室");
		assertThat(opened.missing()).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10),
				YearMonth.of(2026, 11));
		assertThat(opened.lastFiled()).isNull();
		// opened on 2026-04-20 and filed every month since: due, not late
		assertThat(board.late()).extracting(LateStation::name).doesNotContain("赤壁市政务服务中心爱心母婴室");

		// due per district: every station open or suspended in November, and the closed
		// one in 嘉鱼县; the stations opened in 2026 count in 赤壁市 (国网赤壁市供电公司), 通城县
		// (中医医院) and 咸安区 (高新区企业服务中心), each also late
		assertThat(board.districts())
			.extracting(DistrictDiscipline::nameZh, DistrictDiscipline::due, DistrictDiscipline::late)
			.containsExactly(tuple("赤壁市", 17, 3), tuple("崇阳县", 10, 3), tuple("嘉鱼县", 10, 1), tuple("通城县", 9, 2),
					tuple("通山县", 9, 3), tuple("咸安区", 24, 5));
		assertThat(board.totalDue()).isEqualTo(79);
		assertThat(board.totalLate()).isEqualTo(17);
		assertThat(board.onTimeShare()).isCloseTo(62.0 / 79, org.assertj.core.data.Offset.offset(1e-9));
		// the stations without an operator: 79 - 6 due, 17 - 6 late, the closed one the
		// furthest behind (8)
		assertThat(board.operators())
			.extracting(OperatorDiscipline::operator, OperatorDiscipline::stations, OperatorDiscipline::late,
					OperatorDiscipline::maxMonthsBehind)
			.containsExactly(tuple(CHEN_JING, 2, 2, 11), tuple(LI_QIANG, 4, 4, 11), tuple(null, 73, 11, 8));
	}

	@Test
	@WithUserDetails("planner")
	void as_of_a_past_day_the_month_before_it_is_due() {
		ReportDiscipline board = discipline.report(new DisciplineFilter(LocalDate.of(2026, 10, 15), null));

		assertThat(board.dueMonth()).isEqualTo(YearMonth.of(2026, 9));
		// September due: the operators' stations owe Jan-Sep (9), the station closed in
		// August Jan-Aug (8), 通山县总工会 Aug and Sep, 崇阳县政务服务中心 and the station
		// opened on 2026-09-18 September; the stations opened in October and November
		// owe nothing yet
		assertThat(board.late()).extracting(LateStation::name, LateStation::monthsBehind)
			.containsExactly(tuple("赤壁市人民医院爱心母婴室", 9), tuple("河北大道环卫工会驿站", 9), tuple("温泉路环卫工会驿站", 9),
					tuple("咸宁市中心医院爱心母婴室", 9), tuple("银泉大道环卫工会驿站", 9), tuple("永安大道快递小哥工会驿站", 9), tuple("嘉鱼县客运站爱心母婴室", 8),
					tuple("通山县总工会心灵驿站", 2), tuple("崇阳县政务服务中心爱心母婴室", 1), tuple("咸宁高新区企业服务中心爱心母婴室", 1));
		assertThat(station(board, "崇阳县政务服务中心爱心母婴室").lastFiled()).isEqualTo(YearMonth.of(2026, 8));
		// 79 due in November less the stations opened in October and November
		assertThat(board.totalDue()).isEqualTo(77);
	}

	@Test
	@WithUserDetails("leader")
	void a_district_filter_narrows_the_list_and_the_summaries() {
		long tongshan = jdbc.sql("SELECT id FROM district WHERE name_zh = '通山县'").query(Long.class).single();

		ReportDiscipline board = discipline.report(new DisciplineFilter(DECEMBER_FIRST, tongshan));

		assertThat(board.late()).extracting(LateStation::name)
			.containsExactly("通山县总工会心灵驿站", "九宫山游客中心爱心母婴室", "南林桥镇工会驿站");
		assertThat(board.districts())
			.extracting(DistrictDiscipline::nameZh, DistrictDiscipline::due, DistrictDiscipline::late)
			.containsExactly(tuple("通山县", 9, 3));
		assertThat(board.operators()).extracting(OperatorDiscipline::operator, OperatorDiscipline::late)
			.containsExactly(tuple(null, 3));
	}

	@Test
	@WithUserDetails("operator")
	void an_operator_sees_only_their_own_stations_whatever_the_filter() {
		ReportDiscipline board = discipline.report(new DisciplineFilter(DECEMBER_FIRST, null));

		assertThat(board.ownStationsOnly()).isTrue();
		assertThat(board.late()).extracting(LateStation::name)
			.containsExactly("温泉路环卫工会驿站", "咸宁市中心医院爱心母婴室", "银泉大道环卫工会驿站", "永安大道快递小哥工会驿站");
		assertThat(board.districts())
			.extracting(DistrictDiscipline::nameZh, DistrictDiscipline::due, DistrictDiscipline::late)
			.containsExactly(tuple("咸安区", 4, 4));
		assertThat(board.operators()).extracting(OperatorDiscipline::operator, OperatorDiscipline::stations)
			.containsExactly(tuple(LI_QIANG, 4));

		long tongshan = jdbc.sql("SELECT id FROM district WHERE name_zh = '通山县'").query(Long.class).single();
		ReportDiscipline elsewhere = discipline.report(new DisciplineFilter(DECEMBER_FIRST, tongshan));
		assertThat(elsewhere.late()).isEmpty();
		assertThat(elsewhere.districts()).isEmpty();
	}

	@Test
	@WithUserDetails("operator2")
	void another_operator_sees_their_two_stations() {
		assertThat(discipline.report(new DisciplineFilter(DECEMBER_FIRST, null)).late()).extracting(LateStation::name)
			.containsExactly("赤壁市人民医院爱心母婴室", "河北大道环卫工会驿站");
	}

	@Test
	@WithUserDetails("leader")
	void the_default_day_is_today_by_the_portal_clock_and_later_days_are_refused() {
		clock.fixAt(LocalDate.of(2026, 10, 15));
		assertThat(discipline.today()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(discipline.report(new DisciplineFilter(discipline.today(), null)).dueMonth())
			.isEqualTo(YearMonth.of(2026, 9));

		assertThatThrownBy(() -> discipline.report(new DisciplineFilter(LocalDate.of(2026, 10, 16), null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("discipline.validation.future"));
	}

	@Test
	@WithUserDetails("leader")
	void a_closed_station_leaves_the_board_once_its_closing_month_is_filed_and_one_closed_this_month_still_owes_the_last() {
		// 嘉鱼县客运站 closed on 2026-08-31: August is its closing month
		report("嘉鱼县客运站爱心母婴室", YearMonth.of(2026, 8));
		jdbc.sql("UPDATE station SET status = 'CLOSED', closed_on = DATE '2026-12-01' WHERE name = '通城县职工之家'").update();

		ReportDiscipline board = discipline.report(new DisciplineFilter(DECEMBER_FIRST, null));

		assertThat(board.late()).extracting(LateStation::name).doesNotContain("嘉鱼县客运站爱心母婴室").contains("通城县职工之家");
		// 嘉鱼县 without it: 10 - 1 due, none late; 通城县 unchanged in number (职工之家 owes
		// November, its closing month being December) with 中医医院 and 职工之家 late
		assertThat(board.districts())
			.extracting(DistrictDiscipline::nameZh, DistrictDiscipline::due, DistrictDiscipline::late)
			.contains(tuple("嘉鱼县", 9, 0), tuple("通城县", 9, 2));
	}

	@Test
	@WithUserDetails("leader")
	void a_station_with_two_operators_names_both_and_counts_for_both() {
		jdbc.sql("""
				INSERT INTO operator_station (user_id, station_id)
				SELECT u.id, s.id FROM app_user u, station s WHERE u.username = 'operator2' AND s.name = '温泉路环卫工会驿站'
				""").update();

		ReportDiscipline board = discipline.report(new DisciplineFilter(DECEMBER_FIRST, null));

		assertThat(station(board, "温泉路环卫工会驿站").operators()).containsExactly(CHEN_JING, LI_QIANG);
		// the stations without an operator as on the board without the second assignment
		assertThat(board.operators())
			.extracting(OperatorDiscipline::operator, OperatorDiscipline::stations, OperatorDiscipline::late)
			.containsExactly(tuple(CHEN_JING, 3, 3), tuple(LI_QIANG, 4, 4), tuple(null, 73, 11));
	}

	/**
	 * The schedule of every station, as the SQL computes it for the board and as
	 * {@link ServiceReportService#schedule(long, LocalDate)} computes it per station,
	 * agree on the demo data and on stations that opened, closed or skipped months in
	 * between, on days around month and year ends.
	 */
	@Test
	@WithUserDetails("admin")
	void the_schedule_in_sql_agrees_with_the_schedule_in_java_for_every_station() {
		jdbc.sql("UPDATE station SET opened_on = DATE '2026-06-20' WHERE name = '南林桥镇工会驿站'").update();
		jdbc.sql("UPDATE station SET status = 'CLOSED', closed_on = DATE '2026-04-10' WHERE name = '官桥镇工会驿站'").update();
		jdbc.sql("UPDATE station SET status = 'CLOSED', closed_on = DATE '2025-11-05' WHERE name = '马港镇工会驿站'").update();
		jdbc.sql("UPDATE station SET status = 'PLANNED' WHERE name = '隽水镇环卫工会驿站'").update();
		jdbc.sql("""
				DELETE FROM service_report WHERE month = DATE '2026-06-01'
				  AND station_id = (SELECT id FROM station WHERE name = '北港镇工会驿站')
				""").update();
		List<Long> ids = jdbc.sql("SELECT id FROM station ORDER BY id").query(Long.class).list();

		for (LocalDate asOf : List.of(DECEMBER_FIRST, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 10, 15),
				LocalDate.of(2026, 9, 17), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 1, 10), LocalDate.of(2025, 12, 31))) {
			Map<Long, ReportSchedule> sql = repository.schedules(YearMonth.from(asOf).minusMonths(1));
			assertThat(sql.keySet()).containsExactlyElementsOf(ids);
			for (long id : ids) {
				assertThat(sql.get(id)).as("station %d as of %s", id, asOf).isEqualTo(reports.schedule(id, asOf));
			}
		}
		// the cases above do occur
		Map<Long, ReportSchedule> december = repository.schedules(YearMonth.of(2026, 11));
		assertThat(december.get(idOf("南林桥镇工会驿站")).missing()).containsExactly(YearMonth.of(2026, 10),
				YearMonth.of(2026, 11));
		assertThat(december.get(idOf("官桥镇工会驿站")).dueMonth()).isEqualTo(YearMonth.of(2026, 4));
		assertThat(december.get(idOf("马港镇工会驿站")).missing()).hasSize(11);
		assertThat(december.get(idOf("北港镇工会驿站")).missing()).containsExactly(YearMonth.of(2026, 6));
		assertThat(december.get(idOf("隽水镇环卫工会驿站")).missing()).isEmpty();
	}

	private void report(String station, YearMonth month) {
		jdbc.sql("""
				INSERT INTO service_report (station_id, month, created_by, updated_by)
				SELECT id, :month, 'test', 'test' FROM station WHERE name = :name
				""").param("month", month.atDay(1)).param("name", station).update();
	}

	private long idOf(String name) {
		return jdbc.sql("SELECT id FROM station WHERE name = :name").param("name", name).query(Long.class).single();
	}

	private static LateStation station(ReportDiscipline board, String name) {
		return board.late().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

}
