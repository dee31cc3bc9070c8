package org.unionstations.portal.operator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.operator.ReportCategory;
import org.unionstations.portal.operator.ServiceReportService;
import org.unionstations.portal.station.StationRow;
import org.unionstations.portal.station.StationStatus;

class MyStationsViewIT extends KaribuViewTest {

	private static final String STATION = "银泉大道环卫工会驿站";

	/** The last full month: the month a report is due for. */
	private static final YearMonth DUE = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServiceReportService reports;

	@Autowired
	org.unionstations.portal.station.StationService stations;

	private String savedState;

	@AfterEach
	void restore() {
		jdbc.sql("DELETE FROM service_report WHERE station_id = (SELECT id FROM station WHERE name = :n)")
			.param("n", STATION)
			.update();
		jdbc.sql(
				"UPDATE station SET status = 'OPEN', status_reason = NULL, closed_on = NULL, contact_phone = '0715-5180729' WHERE name = :n")
			.param("n", STATION)
			.update();
	}

	@Test
	void an_operator_lists_only_their_stations() {
		login("operator");
		UI.getCurrent().navigate(MyStationsView.class);
		assertThat(GridKt._fetch(grid(), 0, 100)).extracting(StationRow::name)
			.containsExactlyInAnyOrder("温泉路环卫工会驿站", "永安大道快递小哥工会驿站", "银泉大道环卫工会驿站", "咸宁市中心医院爱心母婴室");
	}

	@Test
	void an_operator_suspends_their_station_with_a_reason() {
		login("operator");
		UI.getCurrent().navigate(MyStationsView.class);
		select(STATION);

		@SuppressWarnings("unchecked")
		Select<StationStatus> status = _get(Select.class, s -> s.withId("op-status"));
		HasValueUtilsKt._setValue(status, StationStatus.SUSPENDED);
		ButtonKt._click(_get(Button.class, s -> s.withId("op-save")));
		TextField reason = _get(TextField.class, s -> s.withId("op-status-reason"));
		assertThat(reason.isInvalid()).isTrue();
		assertThat(reason.getErrorMessage()).isEqualTo("暂停服务时请填写原因");

		HasValueUtilsKt._setValue(reason, "设备检修");
		ButtonKt._click(_get(Button.class, s -> s.withId("op-save")));
		NotificationsKt.expectNotifications("已保存“" + STATION + "”");
		assertThat(jdbc.sql("SELECT status || ':' || status_reason FROM station WHERE name = :n")
			.param("n", STATION)
			.query(String.class)
			.single()).isEqualTo("SUSPENDED:设备检修");
	}

	@Test
	void an_operator_files_the_monthly_report() {
		login("operator");
		UI.getCurrent().navigate(MyStationsView.class);
		select(STATION);
		_get(com.vaadin.flow.component.tabs.TabSheet.class, s -> s.withId("my-station-tabs")).setSelectedIndex(1);

		HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("report-people-SEASONAL_CARE")), 120);
		HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("report-activities-SEASONAL_CARE")), 3);
		HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("report-people-LEGAL_SERVICE")), 8);
		ButtonKt._click(_get(Button.class, s -> s.withId("report-save")));

		NotificationsKt.expectNotifications(DUE + " 的报告已保存");
		long id = jdbc.sql("SELECT id FROM station WHERE name = :n").param("n", STATION).query(Long.class).single();
		var saved = reports.get(id, DUE);
		assertThat(saved.totalPeopleServed()).isEqualTo(128);
		assertThat(saved.counts().get(ReportCategory.SEASONAL_CARE).activities()).isEqualTo(3);
		assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("report-state")).getText())
			.isEqualTo("已填报");

		// a correction keeps the first figures in the report's history
		HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("report-people-SEASONAL_CARE")), 110);
		ButtonKt._click(_get(Button.class, s -> s.withId("report-save")));
		var history = _get(org.unionstations.portal.audit.ui.HistoryGrid.class, s -> s.withId("report-history"))
			.lines();
		assertThat(history.getFirst().field()).isEqualTo("四季送 · 服务人次");
		assertThat(history.getFirst().oldValue()).isEqualTo("120");
		assertThat(history.getFirst().newValue()).isEqualTo("110");
		assertThat(history.getFirst().who()).isEqualTo("operator");
	}

	@Test
	void the_report_opens_on_the_month_due_and_shows_the_months_still_missing() {
		login("operator");
		UI.getCurrent().navigate(MyStationsView.class);
		select(STATION);
		openReportTab();

		assertThat(month().getValue()).isEqualTo(DUE);
		assertThat(missingMonths()).contains(DUE.toString()).doesNotContain(DUE.plusMonths(1).toString());
		assertThat(missingMonths().getFirst()).isEqualTo(YearMonth.of(DUE.getYear(), 1).toString());

		HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("report-people-CULTURAL")), 12);
		ButtonKt._click(_get(Button.class, s -> s.withId("report-save")));
		assertThat(missingMonths()).doesNotContain(DUE.toString());

		if (!DUE.equals(YearMonth.of(DUE.getYear(), 1))) {
			// a missing month is one click away
			ButtonKt._click(_get(Button.class, s -> s.withId("report-missing-" + DUE.minusMonths(1))));
			assertThat(month().getValue()).isEqualTo(DUE.minusMonths(1));
			assertThat(_get(IntegerField.class, s -> s.withId("report-people-CULTURAL")).getValue()).isZero();
		}
	}

	@Test
	void a_closed_station_offers_no_month_after_its_closing_and_the_service_refuses_one() {
		YearMonth closing = DUE.minusMonths(1);
		jdbc.sql("UPDATE station SET status = 'CLOSED', status_reason = NULL, closed_on = :d WHERE name = :n")
			.param("d", closing.atDay(10))
			.param("n", STATION)
			.update();
		login("operator");
		UI.getCurrent().navigate(MyStationsView.class);
		select(STATION);
		openReportTab();

		assertThat(month().getValue()).isEqualTo(closing);
		assertThat(month().getListDataView().getItems()).allSatisfy(m -> assertThat(m).isBeforeOrEqualTo(closing));
		assertThat(missingMonths()).doesNotContain(DUE.toString());
	}

	@Test
	void a_report_conflict_says_so_and_keeps_the_typed_figures_on_request() {
		login("operator");
		UI.getCurrent().navigate(MyStationsView.class);
		select(STATION);
		openReportTab();
		IntegerField seasonal = _get(IntegerField.class, s -> s.withId("report-people-SEASONAL_CARE"));
		IntegerField legal = _get(IntegerField.class, s -> s.withId("report-people-LEGAL_SERVICE"));
		HasValueUtilsKt._setValue(seasonal, 130);
		HasValueUtilsKt._setValue(legal, 7);

		// meanwhile someone else (another tab, a colleague) saves the same month
		long id = jdbc.sql("SELECT id FROM station WHERE name = :n").param("n", STATION).query(Long.class).single();
		reports.save(id, DUE, null,
				java.util.Map.of(ReportCategory.SEASONAL_CARE,
						new org.unionstations.portal.operator.ReportCounts(99, 2), ReportCategory.LEGAL_SERVICE,
						new org.unionstations.portal.operator.ReportCounts(7, 0)));

		ButtonKt._click(_get(Button.class, s -> s.withId("report-save")));
		ConfirmDialog conflict = _get(ConfirmDialog.class, s -> s.withId("conflict-dialog"));
		assertThat(conflict.getElement().getProperty("header")).isEqualTo("本月报告已被他人修改");
		assertThat(conflict.getElement().getProperty("message")).contains("其他人已保存了这个月的报告").doesNotContain("站点");
		assertThat(conflict.getElement().getProperty("cancelText")).isEqualTo("保留我的数字");
		BasicUtilsKt._fireEvent(conflict, new ConfirmDialog.CancelEvent(conflict, true));

		assertThat(seasonal.getValue()).isEqualTo(130);
		assertThat(seasonal.getHelperText()).isEqualTo("对方保存：99");
		assertThat(legal.getHelperText()).isNull(); // the same figure as theirs
		assertThat(_get(IntegerField.class, s -> s.withId("report-activities-SEASONAL_CARE")).getHelperText())
			.isEqualTo("对方保存：2");

		// the next save overwrites theirs, on purpose
		ButtonKt._click(_get(Button.class, s -> s.withId("report-save")));
		assertThat(reports.get(id, DUE).counts().get(ReportCategory.SEASONAL_CARE).peopleServed()).isEqualTo(130);
		assertThat(seasonal.getHelperText()).isNull();
	}

	@Test
	void an_operational_conflict_can_keep_what_the_operator_typed() {
		login("operator");
		UI.getCurrent().navigate(MyStationsView.class);
		select(STATION);
		TextField phone = _get(TextField.class, s -> s.withId("op-contact-phone"));
		HasValueUtilsKt._setValue(phone, "0715-1111111");

		// meanwhile someone else saves the station
		long id = jdbc.sql("SELECT id FROM station WHERE name = :n").param("n", STATION).query(Long.class).single();
		var theirs = stations.get(id);
		stations.updateOperational(id,
				new org.unionstations.portal.station.OperationalUpdate(theirs.version(), theirs.services(),
						theirs.openingHours(), theirs.status(), null, theirs.contactPerson(), "0715-2222222"));

		ButtonKt._click(_get(Button.class, s -> s.withId("op-save")));
		ConfirmDialog conflict = _get(ConfirmDialog.class, s -> s.withId("conflict-dialog"));
		assertThat(conflict.getElement().getProperty("cancelText")).isEqualTo("保留我的修改");
		BasicUtilsKt._fireEvent(conflict, new ConfirmDialog.CancelEvent(conflict, true));
		assertThat(phone.getValue()).isEqualTo("0715-1111111");

		ButtonKt._click(_get(Button.class, s -> s.withId("op-save")));
		assertThat(stations.get(id).contactPhone()).isEqualTo("0715-1111111");
	}

	@Test
	void planners_and_leaders_do_not_get_the_operator_view() {
		login("leader");
		UI.getCurrent().navigate(MyStationsView.class);
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
	}

	private void select(String name) {
		Grid<StationRow> grid = grid();
		StationRow row = GridKt._fetch(grid, 0, 100)
			.stream()
			.filter(r -> r.name().equals(name))
			.findFirst()
			.orElseThrow();
		grid.select(row);
	}

	private static void openReportTab() {
		_get(com.vaadin.flow.component.tabs.TabSheet.class, s -> s.withId("my-station-tabs")).setSelectedIndex(1);
	}

	@SuppressWarnings("unchecked")
	private static Select<YearMonth> month() {
		return _get(Select.class, s -> s.withId("report-month"));
	}

	/** The months the form lists as still missing a report. */
	private static java.util.List<String> missingMonths() {
		return com.github.mvysny.kaributesting.v10.LocatorJ
			._find(_get(com.vaadin.flow.component.orderedlayout.FlexLayout.class, s -> s.withId("report-missing")),
					Button.class)
			.stream()
			.map(Button::getText)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Grid<StationRow> grid() {
		return _get(Grid.class, s -> s.withId("my-station-grid"));
	}

}
