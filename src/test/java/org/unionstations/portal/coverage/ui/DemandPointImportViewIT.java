package org.unionstations.portal.coverage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.unionstations.portal.base.ui.ImportPanelDriver.commit;
import static org.unionstations.portal.base.ui.ImportPanelDriver.grid;
import static org.unionstations.portal.base.ui.ImportPanelDriver.text;
import static org.unionstations.portal.base.ui.ImportPanelDriver.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.base.table.Csv;
import org.unionstations.portal.base.table.TableRow;
import org.unionstations.portal.base.table.TestWorkbooks;
import org.unionstations.portal.base.table.Xlsx;
import org.unionstations.portal.coverage.DemandCategory;
import org.unionstations.portal.coverage.DemandFilter;
import org.unionstations.portal.coverage.DemandPointService;

/**
 * The demand point import view, and the list's import button and exports, through Karibu:
 * files go in through the real {@link Upload}. Each test rolls back what it imported.
 */
@Transactional
class DemandPointImportViewIT extends KaribuViewTest {

	private static final String HEADER = "名称,类别,职工人数,经度,纬度\n";

	@Autowired
	DemandPointService demand;

	@Test
	void a_file_with_errors_shows_every_problem_and_cannot_be_committed() {
		login("planner");
		UI.getCurrent().navigate(DemandPointImportView.class);
		assertThat(commit().isEnabled()).isFalse();

		upload("bad.csv", HEADER + "界面测试一号需求点,社区,300,114.33,29.86\n" + "界面测试二号需求点,工厂,12.5,abc,29.86\n");

		assertThat(text("import-summary")).isEqualTo("共 2 行，1 行有错误");
		assertThat(GridKt._size(grid())).isEqualTo(2);
		assertThat(GridKt._getFormatted(grid(), 0, "district")).isEqualTo("咸安区");
		assertThat(GridKt._getFormatted(grid(), 0, "category")).isEqualTo("社区");
		assertThat(GridKt._getFormatted(grid(), 0, "problems")).isEmpty();
		assertThat(GridKt._getFormatted(grid(), 1, "row")).isEqualTo("3");
		assertThat(GridKt._getFormatted(grid(), 1, "workers")).isEqualTo("12.5");
		assertThat(GridKt._getFormatted(grid(), 1, "problems"))
			.isEqualTo("类别：未知的类别“工厂”\n职工人数：“12.5”不是整数\n经度：“abc”不是数字");
		assertThat(grid().getPartNameGenerator().apply(GridKt._get(grid(), 1))).isEqualTo("import-error");
		assertThat(commit().isEnabled()).isFalse();
	}

	@Test
	void a_clean_file_is_imported_from_the_list_s_button_and_back_to_the_list() {
		login("admin");
		UI.getCurrent().navigate(DemandPointListView.class);
		ButtonKt._click(_get(Button.class, s -> s.withId("demand-import")));
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DemandPointImportView.class);

		upload("good.csv", HEADER + "界面测试一号需求点,社区,300,114.33,29.86\n" + "界面测试二号需求点,MARKET,40,114.34,29.87\n");

		assertThat(text("import-summary")).isEqualTo("共 2 行，0 行有错误");
		ButtonKt._click(commit());

		NotificationsKt.expectNotifications("已导入 2 个需求点");
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DemandPointListView.class);
		assertThat(demand.count(DemandFilter.ALL.withText("界面测试"))).isEqualTo(2);
	}

	@Test
	void the_template_downloads_in_the_user_s_language() {
		login("planner");
		UI.getCurrent().navigate(DemandPointImportView.class);
		List<List<String>> rows = TestWorkbooks
			.sheet(DownloadKt._download(_get(Anchor.class, s -> s.withId("import-template"))), 0);
		assertThat(rows).containsExactly(List.of("名称", "类别", "职工人数", "经度", "纬度"));
	}

	@Test
	void leaders_see_the_list_and_its_exports_but_cannot_import() {
		login("leader");
		UI.getCurrent().navigate(DemandPointListView.class);
		_assertNone(Button.class, s -> s.withId("demand-import"));
		@SuppressWarnings("unchecked")
		MultiSelectComboBox<DemandCategory> categories = _get(MultiSelectComboBox.class,
				s -> s.withId("demand-category"));
		categories.setValue(Set.of(DemandCategory.SANITATION_DEPOT));
		long expected = demand.count(DemandFilter.ALL.withCategories(Set.of(DemandCategory.SANITATION_DEPOT)));

		List<TableRow> csv = Csv.read(DownloadKt._download(_get(Anchor.class, s -> s.withId("export-csv"))));
		assertThat(csv).hasSize(1 + (int) expected);
		assertThat(csv.subList(1, csv.size())).allSatisfy(r -> assertThat(r.cell(1)).isEqualTo("环卫作业站"));
		assertThat(Xlsx.read(DownloadKt._download(_get(Anchor.class, s -> s.withId("export-xlsx")))))
			.hasSize(1 + (int) expected);
		assertThat(new String(DownloadKt._download(_get(Anchor.class, s -> s.withId("export-geojson"))),
				StandardCharsets.UTF_8))
			.startsWith("{\"type\":\"FeatureCollection\"");

		UI.getCurrent().navigate(DemandPointImportView.class);
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
	}

}
