package org.unionstations.portal.district.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstations.portal.base.ui.ImportPanelDriver.text;

import java.io.IOException;
import java.io.InputStream;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.district.DistrictImportRow;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.PortalMap;

/**
 * The admin's district import page: upload the real Xianning file, see its three invalid
 * boundaries refused, consent to repairs, import. Rolled back after each test.
 */
@Transactional
class DistrictImportViewIT extends KaribuViewTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_admin_previews_the_file_over_the_current_boundaries_consents_to_repairs_and_imports() throws IOException {
		login("admin");
		UI.getCurrent().navigate("admin/districts");
		assertThat(_get(H1.class, s -> s.withClasses("view-title")).getText()).isEqualTo("行政区划");
		assertThat(commit().isEnabled()).isFalse();

		upload("xianning-421200.geojson", resource("/db/demo/districts/xianning-421200.geojson"));

		assertThat(text("district-import-summary")).isEqualTo("共 6 个要素，其中 3 个有问题；重叠 0 处，空隙 1 处");
		assertThat(this.<String>select("district-code-property").getValue()).isEqualTo("adcode");
		assertThat(this.<String>select("district-name-en-property").getValue()).isEqualTo("name_en");
		Grid<DistrictImportRow> grid = grid();
		assertThat(GridKt._size(grid)).isEqualTo(6);
		assertThat(GridKt._getFormatted(grid, 0, "code")).isEqualTo("421202");
		assertThat(GridKt._getFormatted(grid, 0, "nameZh")).isEqualTo("咸安区");
		assertThat(GridKt._getFormatted(grid, 0, "change")).isEqualTo("更新");
		assertThat(GridKt._getFormatted(grid, 0, "valid")).startsWith("无效（Ring Self-intersection");
		assertThat(GridKt._getFormatted(grid, 0, "problems")).startsWith("边界：边界无效：Ring Self-intersection")
			.endsWith("勾选同意修复后可用 ST_MakeValid 修复");
		assertThat(GridKt._getFormatted(grid, 2, "valid")).isEqualTo("有效");
		assertThat(GridKt._getFormatted(grid, 2, "area")).isEqualTo("1,113.51");
		assertThat(text("district-gaps")).startsWith("空隙 1：");
		assertThat(text("district-moving")).isEqualTo("导入后将有 0 个站点和 0 个需求点改属其他行政区。");
		PortalMap map = _get(PortalMap.class, s -> s.withId("district-import-map"));
		assertThat(map.layer("districts")).isPresent();
		assertThat(map.layer(DistrictPreviewMap.NEW_LAYER)).map(MapLayer::features)
			.hasValueSatisfying(f -> assertThat(f).hasSize(6));
		assertThat(map.layer(DistrictPreviewMap.GAP_LAYER)).map(MapLayer::features)
			.hasValueSatisfying(f -> assertThat(f).hasSize(1));
		assertThat(commit().isEnabled()).isFalse();

		_get(Checkbox.class, s -> s.withId("district-repair")).setValue(true);

		assertThat(text("district-import-summary")).isEqualTo("共 6 个要素，其中 0 个有问题；重叠 0 处，空隙 1 处");
		assertThat(GridKt._getFormatted(grid, 0, "valid")).startsWith("已修复（Ring Self-intersection");
		assertThat(commit().isEnabled()).isTrue();

		ButtonKt._click(commit());

		assertThat(text("district-import-done")).isEqualTo("已导入：新增 0 个、更新 6 个、删除 0 个行政区；0 个站点和 0 个需求点改属其他行政区");
		assertThat(jdbc.sql("SELECT count(*) FROM district WHERE NOT boundary_approximate").query(Long.class).single())
			.isEqualTo(6);
	}

	@Test
	void a_file_that_is_not_geojson_is_explained() {
		login("admin");
		UI.getCurrent().navigate("admin/districts");

		upload("stations.json", "[1, 2, 3]".getBytes(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(text("district-file-problems")).isEqualTo("文件不是 GeoJSON FeatureCollection");
		_assertNone(Grid.class, s -> s.withId("district-import-grid"));
		assertThat(commit().isEnabled()).isFalse();
	}

	@Test
	void planners_are_not_let_in() {
		login("planner");
		UI.getCurrent().navigate("admin/districts");
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
	}

	private static void upload(String fileName, byte[] content) {
		UploadKt._upload(_get(Upload.class, s -> s.withId("district-upload")), fileName, "application/geo+json",
				content);
		MockVaadin.clientRoundtrip(false);
	}

	private static byte[] resource(String path) throws IOException {
		try (InputStream in = DistrictImportViewIT.class.getResourceAsStream(path)) {
			return in.readAllBytes();
		}
	}

	@SuppressWarnings("unchecked")
	private static Grid<DistrictImportRow> grid() {
		return _get(Grid.class, s -> s.withId("district-import-grid"));
	}

	private static Button commit() {
		return _get(Button.class, s -> s.withId("district-import-commit"));
	}

	@SuppressWarnings("unchecked")
	private <T> Select<T> select(String id) {
		return _get(Select.class, s -> s.withId(id));
	}

}
