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
import com.vaadin.flow.component.ComponentUtil;
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
import org.unionstations.portal.coverage.UncoveredSort;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.map.ViewportChangeEvent;
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
		jdbc.sql("DELETE FROM demand_point WHERE name LIKE '分箱测试点%'").update();
	}

	@Test
	void running_the_coverage_analysis_fills_the_district_table_the_uncovered_list_and_the_map() {
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		ButtonKt._click(_get(Button.class, s -> s.withId("coverage-run")));
		CoverageView view = _get(CoverageView.class);
		List<CoverageRow> rows = awaitRows(view.tables.districtGrid);

		CoverageRow city = rows.getLast();
		assertThat(city.isCityTotal()).isTrue();
		assertThat(rows).hasSize(7);
		assertThat(city.points())
			.isEqualTo(rows.stream().filter(r -> !r.isCityTotal()).mapToLong(CoverageRow::points).sum());
		assertThat(city.workerCoveragePercent()).isBetween(20.0, 80.0);
		Grid<UncoveredPoint> uncovered = view.tables.uncovered.grid;
		assertThat(GridKt._size(uncovered)).isEqualTo((int) city.uncoveredPoints());
		// the whole city at zoom 9: bins (or points), every uncovered point counted once
		showViewport(113.4, 28.9, 115.0, 30.3, 9);
		assertThat(uncoveredOnMap()).isEqualTo(city.uncoveredPoints());
		await(() -> map().layer(CoverageMapOverlays.AREA).isPresent());
		assertThat(map().layer(CoverageMapOverlays.AREA).orElseThrow().features()).hasSize(6);
	}

	@Test
	void the_uncovered_list_is_read_page_by_page_and_sorts_by_distance_once_every_distance_is_known() {
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		ButtonKt._click(view.controls.runCoverage);
		CoverageRow city = awaitRows(view.tables.districtGrid).getLast();
		UncoveredList list = view.tables.uncovered;
		assertThat(list.total.getText())
			.isEqualTo("未覆盖需求点 " + String.format(Locale.ROOT, "%,d", city.uncoveredPoints()) + " 个");

		// by workers: most first, each row with its nearest-station distance
		List<UncoveredPoint> rows = GridKt._fetch(list.grid, 0, 50);
		assertThat(rows).extracting(UncoveredPoint::workers).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(rows).allSatisfy(p -> assertThat(p.nearestStationMetres()).isNotNull());

		// by distance: offered once the run's distances are all stored
		await(() -> list.sort.getItemEnabledProvider().test(UncoveredSort.DISTANCE));
		view.tables.setSelectedIndex(1);
		HasValueUtilsKt._setValue(list.sort, UncoveredSort.DISTANCE);
		List<UncoveredPoint> far = GridKt._fetch(list.grid, 0, 50);
		assertThat(far).extracting(UncoveredPoint::nearestStationMetres)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(far.getFirst().nearestStationMetres()).isGreaterThanOrEqualTo(
				rows.stream().mapToDouble(UncoveredPoint::nearestStationMetres).max().orElseThrow());
		assertThat(GridKt._size(list.grid)).isEqualTo((int) city.uncoveredPoints());
	}

	@Test
	void zoomed_out_the_map_shows_bins_and_zoomed_in_the_single_uncovered_points() {
		// more uncovered points than the map draws one by one: 2,500 in a grid west of
		// the
		// city centre, as many as a crowded industrial park
		jdbc.sql("""
				INSERT INTO demand_point (category, name, workers, location)
				SELECT 'ENTERPRISE', '分箱测试点' || i, 10 + i % 7,
				       ST_SetSRID(ST_MakePoint(113.90 + (i % 50) * 0.002, 29.60 + (i / 50) * 0.002), 4326)
				FROM generate_series(0, 2499) AS i
				""").update();
		long uncoveredByHand = jdbc.sql("""
				SELECT count(*) FROM demand_point dp
				WHERE NOT EXISTS (SELECT 1 FROM station s
				                  WHERE s.type = 'UNION_POST_STATION' AND s.status = 'OPEN'
				                    AND ST_DWithin(s.location::geography, dp.location::geography, 1000))
				""").query(Long.class).single();
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		ButtonKt._click(view.controls.runCoverage);
		awaitRows(view.tables.districtGrid);
		UncoveredPoint first = GridKt._get(view.tables.uncovered.grid, 0);

		showViewport(113.4, 28.9, 115.0, 30.3, 7);
		MapLayer zoomedOut = map().layer(CoverageMapOverlays.UNCOVERED).orElseThrow();
		assertThat(zoomedOut.kind()).isEqualTo(MapLayer.Kind.BINS);
		assertThat(zoomedOut.features().size()).isLessThan(100);
		assertThat(uncoveredOnMap()).isEqualTo(uncoveredByHand);

		showViewport(first.longitude() - 0.01, first.latitude() - 0.01, first.longitude() + 0.01,
				first.latitude() + 0.01, 16);
		MapLayer zoomedIn = map().layer(CoverageMapOverlays.UNCOVERED).orElseThrow();
		assertThat(zoomedIn.kind()).isEqualTo(MapLayer.Kind.MARKERS);
		assertThat(zoomedIn.features()).extracting(MapFeature::id).contains(String.valueOf(first.id()));
		// the stations and their circles follow the viewport too
		assertThat(map().layer(CoverageMapOverlays.CIRCLES).orElseThrow().features())
			.hasSameSizeAs(map().layer(CoverageMapOverlays.STATIONS).orElseThrow().features());
	}

	@Test
	void the_results_download_as_one_workbook_once_there_are_any() throws IOException {
		login("leader");
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		assertThat(view.controls.export.isEnabled()).isFalse();
		assertThat(view.controls.exportButton.getText()).isEqualTo("导出 Excel");

		ButtonKt._click(view.controls.runCoverage);
		List<CoverageRow> rows = awaitRows(view.tables.districtGrid);
		assertThat(view.controls.export.isEnabled()).isTrue();

		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(DownloadKt._download(view.controls.export)))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(rows.size());
			assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(GridKt._size(view.tables.uncovered.grid));
		}
		view.controls.type.setValue(StationType.HEART_STATION);
		assertThat(view.controls.export.isEnabled()).isFalse();
	}

	@Test
	void a_siting_suggestion_adds_workers_and_becomes_a_planned_station_in_one_click() {
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("coverage-siting-k")), 3);
		ButtonKt._click(_get(Button.class, s -> s.withId("coverage-siting-run")));
		List<SitingSuggestion> picks = awaitRows(_get(CoverageView.class).tables.siteGrid);

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
		assertThat(view.controls.candidates.candidateInfo.getText()).isEqualTo("候选位置：六边形中心");
		assertThat(view.controls.candidates.useHexCentres.isVisible()).isFalse();

		ImportPanelDriver.upload("coverage-candidates-upload", "bad.csv", "名称,经度,纬度\n好的候选,114.33,29.86\n,abc,29.86\n");
		assertThat(view.controls.candidates.candidateProblems.getElement().getTextRecursively()).contains("文件有问题")
			.contains("第 3 行：名称：必填")
			.contains("第 3 行：经度：“abc”不是数字");
		assertThat(view.controls.candidates.candidateInfo.getText()).isEqualTo("候选位置：六边形中心");

		List<UncoveredPoint> uncovered = coverage.uncoveredPage(
				coverage.run(new CoverageScope(StationType.UNION_POST_STATION, false), coverage.newCancellation()),
				UncoveredSort.WORKERS, 0, 1);
		String csv = "名称,经度,纬度\n" + String.format(Locale.ROOT, "人最多的地方,%.6f,%.6f%n", uncovered.getFirst().longitude(),
				uncovered.getFirst().latitude()) + "咸安候选,114.33,29.86\n";
		ImportPanelDriver.upload("coverage-candidates-upload", "candidates.csv", csv);
		assertThat(view.controls.candidates.candidateProblems.getChildren()).isEmpty();
		assertThat(view.controls.candidates.candidateInfo.getText()).isEqualTo("已载入 2 个候选位置（candidates.csv）");
		assertThat(view.controls.candidates.useHexCentres.isVisible()).isTrue();

		HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("coverage-siting-k")), 2);
		ButtonKt._click(view.controls.runSiting);
		List<SitingSuggestion> picks = awaitRows(view.tables.siteGrid);
		assertThat(picks.getFirst().label()).isEqualTo("人最多的地方");
		assertThat(picks).extracting(SitingSuggestion::label).isSubsetOf("人最多的地方", "咸安候选");
		assertThat(view.tables.siteGrid.getColumnByKey("candidate").isVisible()).isTrue();
		assertThat(GridKt._getFormatted(view.tables.siteGrid, 0, "candidate")).isEqualTo("人最多的地方");

		ButtonKt._click(view.controls.candidates.useHexCentres);
		assertThat(view.controls.candidates.candidateInfo.getText()).isEqualTo("候选位置：六边形中心");
		assertThat(view.controls.candidates.useHexCentres.isVisible()).isFalse();
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
		var line = _get(CoverageView.class).controls.radius.radiusHistory.lines().getFirst();
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
		assertThat(view.controls.runSiting.isVisible()).isFalse();
		assertThat(view.controls.candidates.candidateUpload.isVisible()
				&& view.controls.candidates.candidateUpload.getParent().orElseThrow().isVisible())
			.isFalse();
		assertThat(view.controls.radius.radius.isReadOnly()).isTrue();
		assertThat(view.controls.runCoverage.isVisible()).isTrue();
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
		assertThat(isInside(_get(CoverageView.class).controls.runSiting, controls)).isTrue();
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
		assertThat(view.tables.siteGrid.getEmptyStateText()).isEqualTo("选址建议由规划人员生成。");
	}

	@Test
	void empty_result_tables_say_what_to_do_and_long_names_have_tooltips() {
		login("planner");
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		assertThat(List.of(view.tables.districtGrid, view.tables.uncovered.grid, view.tables.areaGrid))
			.extracting(Grid::getEmptyStateText)
			.containsOnly("先运行覆盖分析");
		assertThat(view.tables.siteGrid.getEmptyStateText()).isEqualTo("先生成选址建议");

		ButtonKt._click(view.controls.runCoverage);
		awaitRows(view.tables.districtGrid);
		UncoveredPoint first = GridKt._get(view.tables.uncovered.grid, 0);
		assertThat(view.tables.uncovered.grid.getColumnByKey("name").getTooltipGenerator().apply(first))
			.isEqualTo(first.name());
		assertThat(view.tables.uncovered.grid.getEmptyStateText()).isEqualTo("所有需求点都在服务半径内");

		view.controls.type.setValue(StationType.HEART_STATION);
		assertThat(view.tables.uncovered.grid.getEmptyStateText()).isEqualTo("先运行覆盖分析");
	}

	@Test
	void english_headers_of_the_result_tables_get_the_width_they_need() {
		login("planner");
		// as the language switch does: the session's choice, then a fresh page
		VaadinSession.getCurrent().setAttribute(Locale.class, Locale.ENGLISH);
		UI.getCurrent().getPage().reload();
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		assertThat(view.tables.districtGrid.getColumnByKey("coverage.uncovered-workers").getHeaderText())
			.isEqualTo("Uncovered workers");
		for (Grid<?> grid : List.of(view.tables.areaGrid, view.tables.siteGrid)) {
			assertThat(grid.getColumns()).filteredOn(c -> !"name".equals(c.getKey()))
				.allSatisfy(c -> assertThat(c.isAutoWidth()).as(grid.getId() + " " + c.getKey()).isTrue());
		}
		// the tables drawn as a run's results arrive have widths set on the server: at
		// least
		// the header at half an em a character (a 16 px font needs less) plus the padding
		for (Grid<?> grid : List.of(view.tables.districtGrid, view.tables.uncovered.grid)) {
			assertThat(grid.getColumns()).filteredOn(c -> !"name".equals(c.getKey())).allSatisfy(c -> {
				assertThat(c.getWidth()).as(grid.getId() + " " + c.getKey()).endsWith("em");
				assertThat(Double.parseDouble(c.getWidth().replace("em", "")))
					.as(grid.getId() + " " + c.getKey() + " " + c.getHeaderText())
					.isGreaterThanOrEqualTo(0.5 * c.getHeaderText().length() + 2);
			});
		}
		assertThat(view.tables.districtGrid.getColumnByKey("coverage.uncovered-workers").getWidth())
			.isEqualTo("12.4em");
		assertThat(view.tables.districtGrid.getEmptyStateText()).isEqualTo("Run the coverage analysis first");
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

	private static void showViewport(double west, double south, double east, double north, int zoom) {
		PortalMap map = map();
		ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, west, south, east, north, zoom, 1200, 600));
	}

	/** The uncovered points the map's layer stands for: points, or the bins' counts. */
	private static long uncoveredOnMap() {
		MapLayer layer = map().layer(CoverageMapOverlays.UNCOVERED).orElseThrow();
		if (layer.kind() == MapLayer.Kind.BINS) {
			return layer.features()
				.stream()
				.mapToLong(f -> ((Number) f.properties().get(MapLayer.COUNT)).longValue())
				.sum();
		}
		return layer.features().size();
	}

	private static PortalMap map() {
		return _get(PortalMap.class, s -> s.withId("coverage-map"));
	}

}
