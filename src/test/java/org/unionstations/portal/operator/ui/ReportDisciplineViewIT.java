package org.unionstations.portal.operator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.TestClock;
import org.unionstations.portal.base.table.Csv;
import org.unionstations.portal.base.table.TableRow;
import org.unionstations.portal.base.table.Xlsx;
import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.operator.DistrictDiscipline;
import org.unionstations.portal.operator.LateStation;

/**
 * The reporting discipline board through Karibu, on the demo data with the clock fixed on
 * 2026-12-01 (the late stations are counted in {@code ReportDisciplineServiceIT}).
 */
class ReportDisciplineViewIT extends KaribuViewTest {

	@Autowired
	TestClock clock;

	@BeforeEach
	void fixTheClock() {
		clock.fixAt(LocalDate.of(2026, 12, 1));
	}

	@AfterEach
	void resetTheClock() {
		clock.reset();
	}

	@Test
	void a_leader_sees_the_late_stations_worst_first_with_the_summaries() {
		login("leader");
		UI.getCurrent().navigate(ReportDisciplineView.class);

		assertThat(_get(DatePicker.class, s -> s.withId("discipline-as-of")).getValue())
			.isEqualTo(LocalDate.of(2026, 12, 1));
		// 79 due, 17 late, 62 / 79 on time (counted in ReportDisciplineServiceIT)
		assertThat(_get(Span.class, s -> s.withId("discipline-headline")).getText())
			.isEqualTo("应报月份 2026-11：应报 79 个站点，未报 17 个，按时率 78.5%");
		assertThat(GridKt._size(grid())).isEqualTo(17);
		assertThat(GridKt._getFormatted(grid(), 0, "district")).isEqualTo("赤壁市");
		assertThat(GridKt._getFormatted(grid(), 0, "operators")).isEqualTo("陈静（驿站运营）");
		assertThat(GridKt._getFormatted(grid(), 0, "last-filed")).isEqualTo("无");
		assertThat(GridKt._getFormatted(grid(), 0, "months-behind")).isEqualTo("11");
		// the tenth row: the station that skipped September and November, after those
		// further behind (the station opened in September, three months, is the ninth)
		assertThat(GridKt._getFormatted(grid(), 9, "missing")).isEqualTo("2026-09、2026-11");
		assertThat(GridKt._getFormatted(grid(), 9, "operators")).isEqualTo("无运营人员");
		assertThat(GridKt._getFormatted(grid(), 9, "contact")).isEqualTo("程杰 17707159605");
		// a leader opens the station page
		RouterLink link = (RouterLink) GridKt._getCellComponent(grid(), 9, "station");
		assertThat(link.getText()).isEqualTo("崇阳县政务服务中心爱心母婴室");
		assertThat(link.getHref()).matches("stations/[0-9]+");

		@SuppressWarnings("unchecked")
		Grid<DistrictDiscipline> districts = _get(Grid.class, s -> s.withId("discipline-districts"));
		assertThat(GridKt._size(districts)).isEqualTo(6);
		assertThat(GridKt._getFormatted(districts, 4, "district")).isEqualTo("通山县");
		assertThat(GridKt._getFormatted(districts, 4, "on-time")).isEqualTo("66.7%");
	}

	@Test
	void the_district_filter_and_the_day_change_the_list_and_the_export_follows() {
		login("planner");
		UI.getCurrent().navigate(ReportDisciplineView.class);
		@SuppressWarnings("unchecked")
		ComboBox<DistrictRef> district = _get(ComboBox.class, s -> s.withId("discipline-district"));
		assertThat(district.getPlaceholder()).isEqualTo("全部");
		district.setValue(
				district.getListDataView().getItems().filter(d -> d.nameZh().equals("崇阳县")).findFirst().orElseThrow());

		assertThat(names()).containsExactly("崇阳县政务服务中心爱心母婴室", "石城镇工会驿站", "崇阳汽车客运站爱心母婴室");
		List<TableRow> csv = Csv.read(DownloadKt._download(_get(Anchor.class, s -> s.withId("export-csv"))));
		assertThat(csv).hasSize(1 + 3);
		assertThat(csv.get(0).cells()).containsExactly("所属区县", "站点", "运营人员", "联系人", "联系电话", "最近已报月份", "未报月份", "欠报月数");
		assertThat(csv.get(1).cells()).containsExactly("崇阳县", "崇阳县政务服务中心爱心母婴室", "无运营人员", "程杰", "17707159605", "2026-10",
				"2026-09、2026-11", "2");
		List<TableRow> xlsx = Xlsx.read(DownloadKt._download(_get(Anchor.class, s -> s.withId("export-xlsx"))));
		assertThat(xlsx).extracting(r -> r.cell(1)).containsExactly("站点", "崇阳县政务服务中心爱心母婴室", "石城镇工会驿站", "崇阳汽车客运站爱心母婴室");
		assertThat(_get(ExportMenu.class).currentFileName("xlsx")).isEqualTo("report-reminders-2026-12-01.xlsx");

		_get(DatePicker.class, s -> s.withId("discipline-as-of")).setValue(LocalDate.of(2026, 10, 15));
		assertThat(names()).containsExactly("崇阳县政务服务中心爱心母婴室");
		assertThat(_get(Span.class, s -> s.withId("discipline-headline")).getText()).startsWith("应报月份 2026-09：");
		assertThat(Csv.read(DownloadKt._download(_get(Anchor.class, s -> s.withId("export-csv"))))).hasSize(1 + 1);
		assertThat(_get(ExportMenu.class).currentFileName("csv")).isEqualTo("report-reminders-2026-10-15.csv");

		// every district as of 2026-10-15: the nine late in September before the KPI
		// demo,
		// and the station opened on 2026-09-18 without a report
		district.clear();
		assertThat(GridKt._size(grid())).isEqualTo(10);
	}

	@Test
	void an_operator_sees_their_own_stations_and_opens_them_on_the_monthly_report() {
		login("operator");
		UI.getCurrent().navigate(ReportDisciplineView.class);

		assertThat(names()).containsExactly("温泉路环卫工会驿站", "咸宁市中心医院爱心母婴室", "银泉大道环卫工会驿站", "永安大道快递小哥工会驿站");
		assertThat(_get(Span.class, s -> s.withId("discipline-headline")).getText()).endsWith("仅你负责的站点");
		RouterLink link = (RouterLink) GridKt._getCellComponent(grid(), 0, "station");
		Location target = new Location(link.getHref());
		assertThat(target.getPath()).isEqualTo("my-stations");
		assertThat(target.getQueryParameters().getParameters()).containsEntry("tab", List.of("report"))
			.containsKey("station");
		UI.getCurrent().navigate(target.getPath(), target.getQueryParameters());
		assertThat(_get(H3.class, s -> s.withId("my-station-title")).getText()).isEqualTo("温泉路环卫工会驿站");
		assertThat(_get(TabSheet.class, s -> s.withId("my-station-tabs")).getSelectedIndex()).isEqualTo(1);
	}

	private List<String> names() {
		return GridKt._fetch(grid(), 0, 1000).stream().map(LateStation::name).toList();
	}

	@SuppressWarnings("unchecked")
	private static Grid<LateStation> grid() {
		return _get(Grid.class, s -> s.withId("discipline-grid"));
	}

}
