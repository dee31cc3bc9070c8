package org.unionstations.portal.coverage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.VaadinSession;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.base.ui.ImportPanelDriver;
import org.unionstations.portal.coverage.CoverageRow;
import org.unionstations.portal.coverage.CoverageScope;
import org.unionstations.portal.coverage.CoverageService;
import org.unionstations.portal.coverage.SitingSuggestion;
import org.unionstations.portal.coverage.UncoveredPoint;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.station.CoverageStandardService;
import org.unionstations.portal.station.StationType;

/**
 * The coverage view on the Xianning demo data: analyses run in the background and land in
 * tables and layers.
 */
class CoverageViewIT extends KaribuViewTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CoverageStandardService standards;

	@Autowired
	CoverageService coverage;

	@AfterEach
	void restore() {
		jdbc.sql("DELETE FROM station WHERE name LIKE '规划工会驿站（选址建议%'").update();
		jdbc.sql("UPDATE coverage_standard SET radius_m = 1000 WHERE station_type = 'UNION_POST_STATION'").update();
	}

	@Test
	void running_the_coverage_analysis_fills_the_district_table_the_uncovered_list_and_the_map() {
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		ButtonKt._click(_get(Button.class, s -> s.withId("coverage-run")));
		CoverageView view = _get(CoverageView.class);
		List<CoverageRow> rows = awaitRows(view.districtGrid);

		CoverageRow city = rows.getLast();
		assertThat(city.isCityTotal()).isTrue();
		assertThat(rows).hasSize(7);
		assertThat(city.points())
			.isEqualTo(rows.stream().filter(r -> !r.isCityTotal()).mapToLong(CoverageRow::points).sum());
		assertThat(city.workerCoveragePercent()).isBetween(20.0, 80.0);
		Grid<UncoveredPoint> uncovered = view.uncoveredGrid;
		assertThat(GridKt._size(uncovered)).isEqualTo((int) city.uncoveredPoints());
		assertThat(map().layer(CoverageView.UNCOVERED).orElseThrow().features()).hasSize((int) city.uncoveredPoints());
		assertThat(map().layer(CoverageView.AREA).orElseThrow().features()).hasSize(6);
	}

	@Test
	void the_results_download_as_one_workbook_once_there_are_any() throws IOException {
		login("leader");
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		assertThat(view.export.isEnabled()).isFalse();
		assertThat(view.exportButton.getText()).isEqualTo("导出 Excel");

		ButtonKt._click(view.runCoverage);
		List<CoverageRow> rows = awaitRows(view.districtGrid);
		assertThat(view.export.isEnabled()).isTrue();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(DownloadKt._download(view.export)))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(rows.size());
			assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(GridKt._size(view.uncoveredGrid));
		}
		view.type.setValue(StationType.HEART_STATION);
		assertThat(view.export.isEnabled()).isFalse();
	}

	@Test
	void a_siting_suggestion_adds_workers_and_becomes_a_planned_station_in_one_click() {
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("coverage-siting-k")), 3);
		ButtonKt._click(_get(Button.class, s -> s.withId("coverage-siting-run")));
		List<SitingSuggestion> picks = awaitRows(_get(CoverageView.class).siteGrid);

		assertThat(picks).hasSize(3);
		assertThat(picks.get(0).addedWorkers()).isGreaterThanOrEqualTo(picks.get(1).addedWorkers());
		assertThat(picks.get(2).cityCoveragePercentAfter()).isGreaterThan(picks.get(0).cityCoveragePercentAfter());

		_get(CoverageView.class).plan(picks.getFirst());
		assertThat(jdbc.sql("SELECT count(*) FROM station WHERE status = 'PLANNED' AND name LIKE '规划工会驿站（选址建议 #1%'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void uploaded_candidate_sites_are_checked_then_used_for_siting_until_hexagons_are_chosen_again() {
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		assertThat(view.candidateInfo.getText()).isEqualTo("候选位置：六边形中心");
		assertThat(view.useHexCentres.isVisible()).isFalse();

		ImportPanelDriver.upload("coverage-candidates-upload", "bad.csv", "名称,经度,纬度\n好的候选,114.33,29.86\n,abc,29.86\n");
		assertThat(view.candidateProblems.getElement().getTextRecursively()).contains("文件有问题")
			.contains("第 3 行：名称：必填")
			.contains("第 3 行：经度：“abc”不是数字");
		assertThat(view.candidateInfo.getText()).isEqualTo("候选位置：六边形中心");

		List<UncoveredPoint> uncovered = coverage.uncovered(new CoverageScope(StationType.UNION_POST_STATION, false),
				coverage.newCancellation());
		String csv = "名称,经度,纬度\n" + String.format(Locale.ROOT, "人最多的地方,%.6f,%.6f%n", uncovered.getFirst().longitude(),
				uncovered.getFirst().latitude()) + "咸安候选,114.33,29.86\n";
		ImportPanelDriver.upload("coverage-candidates-upload", "candidates.csv", csv);
		assertThat(view.candidateProblems.getChildren()).isEmpty();
		assertThat(view.candidateInfo.getText()).isEqualTo("已载入 2 个候选位置（candidates.csv）");
		assertThat(view.useHexCentres.isVisible()).isTrue();

		HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("coverage-siting-k")), 2);
		ButtonKt._click(view.runSiting);
		List<SitingSuggestion> picks = awaitRows(view.siteGrid);
		assertThat(picks.getFirst().label()).isEqualTo("人最多的地方");
		assertThat(picks).extracting(SitingSuggestion::label).isSubsetOf("人最多的地方", "咸安候选");
		assertThat(view.siteGrid.getColumnByKey("candidate").isVisible()).isTrue();
		assertThat(GridKt._getFormatted(view.siteGrid, 0, "candidate")).isEqualTo("人最多的地方");

		ButtonKt._click(view.useHexCentres);
		assertThat(view.candidateInfo.getText()).isEqualTo("候选位置：六边形中心");
		assertThat(view.useHexCentres.isVisible()).isFalse();
	}

	@Test
	void a_planner_changes_the_radius_and_a_bad_value_is_refused_at_the_field() {
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		IntegerField radius = _get(IntegerField.class, s -> s.withId("coverage-radius"));
		HasValueUtilsKt._setValue(radius, 10);
		ButtonKt._click(_get(Button.class, s -> s.withId("coverage-radius-save")));
		assertThat(radius.isInvalid()).isTrue();
		assertThat(radius.getErrorMessage()).isEqualTo("服务半径须在 50 到 50000 米之间");

		HasValueUtilsKt._setValue(radius, 800);
		ButtonKt._click(_get(Button.class, s -> s.withId("coverage-radius-save")));
		assertThat(standards.radius(StationType.UNION_POST_STATION)).isEqualTo(800);
		assertThat(standards.history(StationType.UNION_POST_STATION).getFirst().changes().getFirst().newValue())
			.isEqualTo("800");
		var line = _get(CoverageView.class).radiusHistory.lines().getFirst();
		assertThat(line.who()).isEqualTo("planner");
		assertThat(line.oldValue() + " → " + line.newValue()).isEqualTo("1000 米 → 800 米");
	}

	@Test
	void a_radius_saved_from_a_stale_form_is_refused_and_overwrites_nothing() {
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		IntegerField radius = _get(IntegerField.class, s -> s.withId("coverage-radius"));
		assertThat(radius.getValue()).isEqualTo(1000);

		// another planner saves 1500 while this form still shows 1000
		long read = standards.list()
			.stream()
			.filter(s -> s.type() == StationType.UNION_POST_STATION)
			.findFirst()
			.orElseThrow()
			.version();
		standards.setRadius(StationType.UNION_POST_STATION, 1500, read);
		NotificationsKt.clearNotifications();

		HasValueUtilsKt._setValue(radius, 800);
		ButtonKt._click(_get(Button.class, s -> s.withId("coverage-radius-save")));

		NotificationsKt.expectNotifications("工会驿站的服务半径已被他人修改，你的修改没有保存；已显示最新的值。");
		assertThat(standards.radius(StationType.UNION_POST_STATION)).isEqualTo(1500);
		assertThat(radius.getValue()).isEqualTo(1500);

		// the form now holds the latest version: saving again goes through
		HasValueUtilsKt._setValue(radius, 800);
		ButtonKt._click(_get(Button.class, s -> s.withId("coverage-radius-save")));
		assertThat(standards.radius(StationType.UNION_POST_STATION)).isEqualTo(800);
	}

	@Test
	void leaders_see_the_analysis_but_not_the_planning_controls() {
		login("leader");
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		assertThat(view.runSiting.isVisible()).isFalse();
		assertThat(view.candidateUpload.isVisible() && view.candidateUpload.getParent().orElseThrow().isVisible())
			.isFalse();
		assertThat(view.radius.isReadOnly()).isTrue();
		assertThat(view.runCoverage.isVisible()).isTrue();
		login("operator");
		UI.getCurrent().navigate(CoverageView.class);
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
	}

	@Test
	void the_controls_scroll_on_their_own_so_siting_can_be_reached() {
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		Scroller controls = _get(Scroller.class, s -> s.withId("coverage-controls"));
		assertThat(controls.getScrollDirection()).isEqualTo(Scroller.ScrollDirection.VERTICAL);
		assertThat(_get(CoverageView.class).getPrimaryComponent()).isSameAs(controls);
		assertThat(isInside(_get(CoverageView.class).runSiting, controls)).isTrue();
		_assertNone(Paragraph.class, s -> s.withId("coverage-siting-read-only"));
	}

	@Test
	void leaders_get_a_sentence_instead_of_a_siting_form_they_cannot_use() {
		login("leader");
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		_assertNone(VerticalLayout.class, s -> s.withId("coverage-siting-form"));
		_assertNone(IntegerField.class, s -> s.withId("coverage-siting-k"));
		assertThat(_get(Paragraph.class, s -> s.withId("coverage-siting-read-only")).getText())
			.isEqualTo("选址建议由规划人员生成。");
		assertThat(view.siteGrid.getEmptyStateText()).isEqualTo("选址建议由规划人员生成。");
	}

	@Test
	void empty_result_tables_say_what_to_do_and_long_names_have_tooltips() {
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		assertThat(List.of(view.districtGrid, view.uncoveredGrid, view.areaGrid)).extracting(Grid::getEmptyStateText)
			.containsOnly("先运行覆盖分析");
		assertThat(view.siteGrid.getEmptyStateText()).isEqualTo("先生成选址建议");

		ButtonKt._click(view.runCoverage);
		awaitRows(view.districtGrid);
		UncoveredPoint first = GridKt._get(view.uncoveredGrid, 0);
		assertThat(view.uncoveredGrid.getColumnByKey("name").getTooltipGenerator().apply(first))
			.isEqualTo(first.name());
		assertThat(view.uncoveredGrid.getEmptyStateText()).isEqualTo("所有需求点都在服务半径内");

		view.type.setValue(StationType.HEART_STATION);
		assertThat(view.uncoveredGrid.getEmptyStateText()).isEqualTo("先运行覆盖分析");
	}

	@Test
	void english_headers_of_the_result_tables_get_the_width_they_need() {
		login("planner");
		// as the language switch does: the session's choice, then a fresh page
		VaadinSession.getCurrent().setAttribute(Locale.class, Locale.ENGLISH);
		UI.getCurrent().getPage().reload();
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		assertThat(view.districtGrid.getColumnByKey("coverage.uncovered-workers").getHeaderText())
			.isEqualTo("Uncovered workers");
		for (Grid<?> grid : List.of(view.districtGrid, view.uncoveredGrid, view.areaGrid, view.siteGrid)) {
			assertThat(grid.getColumns()).filteredOn(c -> !"name".equals(c.getKey()))
				.allSatisfy(c -> assertThat(c.isAutoWidth()).as(grid.getId() + " " + c.getKey()).isTrue());
		}
		assertThat(view.districtGrid.getEmptyStateText()).isEqualTo("Run the coverage analysis first");
	}

	private static boolean isInside(com.vaadin.flow.component.Component c, com.vaadin.flow.component.Component outer) {
		for (var at = c.getParent(); at.isPresent(); at = at.get().getParent()) {
			if (at.get() == outer) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The analysis runs on another thread; its result arrives through UI.access, which
	 * Karibu runs on demand.
	 */
	private static <T> List<T> awaitRows(Grid<T> grid) {
		await(() -> GridKt._size(grid) > 0);
		return GridKt._fetch(grid, 0, 10_000);
	}

	private static void await(BooleanSupplier done) {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			MockVaadin.runUIQueue();
			if (done.getAsBoolean()) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("the analysis did not finish within 30 s");
	}

	private static PortalMap map() {
		return _get(PortalMap.class, s -> s.withId("coverage-map"));
	}

}
