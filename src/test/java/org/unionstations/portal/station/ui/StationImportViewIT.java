package org.unionstations.portal.station.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.unionstations.portal.base.ui.ImportPanelDriver.commit;
import static org.unionstations.portal.base.ui.ImportPanelDriver.grid;
import static org.unionstations.portal.base.ui.ImportPanelDriver.text;
import static org.unionstations.portal.base.ui.ImportPanelDriver.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import org.unionstations.portal.base.table.TestWorkbooks;

import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.station.StationFilter;
import org.unionstations.portal.station.StationService;

/**
 * The import view through Karibu: files go in through the real {@link Upload} and its
 * in-memory upload handler. Each test rolls back what it imported.
 */
@Transactional
class StationImportViewIT extends KaribuViewTest {

	private static final String HEADER = "名称,类型,地址,经度,纬度,状态,依托单位,联系人,联系电话,开放时间,服务项目\n";

	@Autowired
	StationService stations;

	@Test
	void a_file_with_errors_shows_every_problem_and_cannot_be_committed() {
		login("planner");
		UI.getCurrent().navigate(StationImportView.class);
		assertThat(commit().isEnabled()).isFalse();

		upload("bad.csv", HEADER + "界面测试一号驿站,工会驿站,,114.33,29.86,,,,,,\n" + "界面测试二号驿站,驿站X,,abc,29.86,营业中,,,,,\n");

		assertThat(text("import-summary")).isEqualTo("共 2 行，1 行有错误");
		assertThat(GridKt._size(grid())).isEqualTo(2);
		assertThat(GridKt._getFormatted(grid(), 0, "district")).isEqualTo("咸安区");
		assertThat(GridKt._getFormatted(grid(), 0, "problems")).isEmpty();
		assertThat(GridKt._getFormatted(grid(), 1, "row")).isEqualTo("3");
		assertThat(GridKt._getFormatted(grid(), 1, "problems"))
			.isEqualTo("类型：未知的站点类型“驿站X”\n经度：“abc”不是数字\n状态：未知的状态“营业中”");
		assertThat(grid().getPartNameGenerator().apply(GridKt._get(grid(), 1))).isEqualTo("import-error");
		assertThat(grid().getPartNameGenerator().apply(GridKt._get(grid(), 0))).isNull();
		assertThat(commit().isEnabled()).isFalse();
	}

	@Test
	void a_file_problem_is_shown_above_the_grid() {
		login("admin");
		UI.getCurrent().navigate(StationImportView.class);

		upload("stations.csv", "名称,地址\n驿站,地址\n");

		assertThat(text("import-file-problems")).contains("类型：缺少这一列").contains("经度：缺少这一列");
		_assertNone(Grid.class, s -> s.withId("import-grid"));
		assertThat(commit().isEnabled()).isFalse();
	}

	@Test
	void a_clean_file_enables_the_commit_which_imports_and_returns_to_the_list() {
		login("planner");
		UI.getCurrent().navigate(StationImportView.class);
		@SuppressWarnings("unchecked")
		Select<CoordinateSystem> crs = _get(Select.class, s -> s.withId("import-crs"));
		crs.setValue(CoordinateSystem.GCJ02);

		upload("good.csv",
				HEADER + "界面测试一号驿站,工会驿站,,114.33,29.86,开放,,,,,\n" + "界面测试二号驿站,心灵驿站,,114.34,29.87,,,,,,心理咨询室\n");

		assertThat(text("import-summary")).isEqualTo("共 2 行，0 行有错误");
		assertThat(commit().isEnabled()).isTrue();
		ButtonKt._click(commit());

		NotificationsKt.expectNotifications("已导入 2 个站点");
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(StationListView.class);
		assertThat(stations.count(StationFilter.ALL.withText("界面测试"))).isEqualTo(2);
	}

	@Test
	void the_template_downloads_in_the_user_s_language() {
		login("planner");
		UI.getCurrent().navigate(StationImportView.class);
		Anchor template = _get(Anchor.class, s -> s.withId("import-template"));
		assertThat(AnchorsKt.get_href(template)).isNotBlank();
		List<List<String>> rows = TestWorkbooks.sheet(DownloadKt._download(template), 0);
		assertThat(rows.get(0)).startsWith("名称", "类型", "地址", "经度", "纬度");
		// the example is on the second sheet, out of the data
		assertThat(rows).hasSize(1);
		assertThat(TestWorkbooks.sheet(DownloadKt._download(template), 1))
			.anySatisfy(row -> assertThat(row).isNotEmpty().first().asString().startsWith("示例："));
	}

}
