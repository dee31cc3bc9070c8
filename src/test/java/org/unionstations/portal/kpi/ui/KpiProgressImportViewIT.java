package org.unionstations.portal.kpi.ui;

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
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.base.table.TestWorkbooks;
import org.unionstations.portal.kpi.KpiProgressService;
import org.unionstations.portal.kpi.KpiService;

/**
 * The progress import as a planner meets it: from the progress page's 导入 button, a file
 * with a bad row shows the problem at its column and cannot be committed, a clean file is
 * imported and leads back to the entries; leaders cannot open it. Writes are rolled back.
 */
@Transactional
class KpiProgressImportViewIT extends KaribuViewTest {

	private static final String HEADER = "指标代码,指标名称,日期,区县,数量,更正,备注\n";

	@Autowired
	KpiService kpis;

	@Autowired
	KpiProgressService progress;

	@Test
	void a_bad_row_is_shown_at_its_column_and_a_clean_file_is_imported() {
		login("planner");
		long warmth = kpis.catalogue(2026)
			.stream()
			.filter(k -> k.code().equals("WARMTH"))
			.findFirst()
			.orElseThrow()
			.id();
		int before = progress.list(warmth).size();
		UI.getCurrent().navigate("kpi/progress", QueryParameters.of("year", "2026"));
		ButtonKt._click(_get(Button.class, s -> s.withId("progress-import")));
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(KpiProgressImportView.class);
		assertThat(_get(H2.class, s -> s.withId("kpi-import-title")).getText()).isEqualTo("导入进度");
		assertThat(commit().isEnabled()).isFalse();

		upload("progress.csv", HEADER + "WARMTH,,2026-11-30,咸安区,25,否,走访\n" + ",送温暖,2026-11-30,赤壁市,-5,,\n");
		assertThat(text("import-summary")).isEqualTo("共 2 行，1 行有错误");
		assertThat(GridKt._getFormatted(grid(), 0, "problems")).isEmpty();
		assertThat(GridKt._getFormatted(grid(), 1, "row")).isEqualTo("3");
		assertThat(GridKt._getFormatted(grid(), 1, "kpi")).isEqualTo("送温暖");
		assertThat(GridKt._getFormatted(grid(), 1, "problems")).isEqualTo("数量：数量为负时必须标记为更正");
		assertThat(commit().isEnabled()).isFalse();

		upload("progress.csv", HEADER + "WARMTH,,2026-11-30,咸安区,25,否,走访\n" + ",送温暖,2026-11-30,赤壁市,-5,是,更正\n");
		assertThat(text("import-summary")).isEqualTo("共 2 行，0 行有错误");
		ButtonKt._click(commit());

		NotificationsKt.expectNotifications("已导入 2 条进度记录");
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(KpiProgressView.class);
		assertThat(progress.list(warmth)).hasSize(before + 2);
	}

	@Test
	void the_template_has_the_progress_columns() {
		login("planner");
		UI.getCurrent().navigate("kpi/progress/import", QueryParameters.of("year", "2026"));
		List<List<String>> rows = TestWorkbooks
			.sheet(DownloadKt._download(_get(Anchor.class, s -> s.withId("import-template"))), 0);
		assertThat(rows).containsExactly(List.of("指标代码", "指标名称", "日期", "区县", "数量", "更正", "备注"));
	}

	@Test
	void leaders_cannot_open_the_import() {
		login("leader");
		UI.getCurrent().navigate("kpi/progress/import");
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
	}

}
