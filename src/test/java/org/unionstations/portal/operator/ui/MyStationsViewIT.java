package org.unionstations.portal.operator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServiceReportService reports;

	private String savedState;

	@AfterEach
	void restore() {
		jdbc.sql("DELETE FROM service_report WHERE station_id = (SELECT id FROM station WHERE name = :n)")
			.param("n", STATION)
			.update();
		jdbc.sql("UPDATE station SET status = 'OPEN', status_reason = NULL WHERE name = :n")
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

		YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
		NotificationsKt.expectNotifications(now + " 的报告已保存");
		long id = jdbc.sql("SELECT id FROM station WHERE name = :n").param("n", STATION).query(Long.class).single();
		var saved = reports.get(id, now);
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

	@SuppressWarnings("unchecked")
	private static Grid<StationRow> grid() {
		return _get(Grid.class, s -> s.withId("my-station-grid"));
	}

}
