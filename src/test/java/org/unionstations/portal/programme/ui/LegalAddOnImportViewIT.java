package org.unionstations.portal.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstations.portal.base.ui.ImportPanelDriver.commit;
import static org.unionstations.portal.base.ui.ImportPanelDriver.grid;
import static org.unionstations.portal.base.ui.ImportPanelDriver.text;
import static org.unionstations.portal.base.ui.ImportPanelDriver.upload;

import java.util.List;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.base.table.TestWorkbooks;

/**
 * The legal-service import as a planner meets it: from the grid's 导入 button to the import
 * view, a file with problems shown row by row and no way to commit it; leaders see no
 * button. The flagship grid has its button too.
 */
@Transactional
class LegalAddOnImportViewIT extends KaribuViewTest {

	private static final String HEADER = "站点,年度,状态,合作方类型,合作方,服务日,开始时间,结束时间,开始日期,结束日期\n";

	@Test
	void a_file_with_problems_shows_each_at_its_column_and_cannot_be_committed() {
		login("planner");
		UI.getCurrent().navigate(LegalAddOnView.class);
		ButtonKt._click(_get(Button.class, s -> s.withId("programme-import")));
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LegalAddOnImportView.class);
		assertThat(commit().isEnabled()).isFalse();

		upload("legal.csv", HEADER + "温泉路环卫工会驿站,2025,筹备中,律师事务所,咸宁某律师事务所,周二、周四,09:00,11:30,2025-03-01,\n"
				+ "咸宁市中心医院爱心母婴室,2025,服务中,律师事务所,咸宁某律师事务所,周八,9点,,2025-03-01,\n");

		assertThat(text("import-summary")).isEqualTo("共 2 行，1 行有错误");
		assertThat(GridKt._size(grid())).isEqualTo(2);
		assertThat(GridKt._getFormatted(grid(), 0, "station")).isEqualTo("温泉路环卫工会驿站");
		assertThat(GridKt._getFormatted(grid(), 0, "problems")).isEmpty();
		assertThat(GridKt._getFormatted(grid(), 1, "row")).isEqualTo("3");
		assertThat(GridKt._getFormatted(grid(), 1, "status")).isEqualTo("服务中");
		assertThat(GridKt._getFormatted(grid(), 1, "problems"))
			.isEqualTo("服务日：“周八”不是星期几（可以写成：周二、周四，周一至周五，工作日）\n开始时间：“9点”不是时间（如 08:00）");
		assertThat(commit().isEnabled()).isFalse();

		upload("legal.csv", HEADER + "咸宁市中心医院爱心母婴室,2025,服务中,律师事务所,咸宁某律师事务所,,,,2025-03-01,\n");
		assertThat(GridKt._getFormatted(grid(), 0, "problems")).isEqualTo("站点：法律服务功能只能加在工会驿站");
		assertThat(commit().isEnabled()).isFalse();
	}

	@Test
	void the_template_has_the_legal_columns() {
		login("planner");
		UI.getCurrent().navigate(LegalAddOnImportView.class);
		List<List<String>> rows = TestWorkbooks
			.sheet(DownloadKt._download(_get(Anchor.class, s -> s.withId("import-template"))), 0);
		assertThat(rows).containsExactly(
				List.of("站点", "所属区县", "年度", "状态", "合作方类型", "合作方", "律师", "律师电话", "服务日", "开始时间", "结束时间", "开始日期", "结束日期"));
	}

	@Test
	void the_flagship_grid_leads_planners_to_its_import() {
		login("planner");
		UI.getCurrent().navigate(FlagshipView.class);
		ButtonKt._click(_get(Button.class, s -> s.withId("programme-import")));
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(FlagshipImportView.class);
	}

	@Test
	void leaders_see_no_import_button_and_cannot_open_the_import() {
		login("leader");
		UI.getCurrent().navigate(LegalAddOnView.class);
		_assertNone(Button.class, s -> s.withId("programme-import"));
		UI.getCurrent().navigate(FlagshipView.class);
		_assertNone(Button.class, s -> s.withId("programme-import"));

		UI.getCurrent().navigate(LegalAddOnImportView.class);
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
	}

}
