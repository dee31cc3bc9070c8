package org.unionstations.portal.station.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.base.NameOrder;
import org.unionstations.portal.base.table.Csv;
import org.unionstations.portal.base.table.TableRow;
import org.unionstations.portal.base.table.Xlsx;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.station.StationRow;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

class StationListViewIT extends KaribuViewTest {

	@Test
	void a_planner_sees_every_station_with_a_count() {
		login("planner");
		UI.getCurrent().navigate(StationListView.class);

		assertThat(GridKt._size(grid())).isEqualTo(82);
		assertThat(count()).isEqualTo("共 82 个站点");
		assertThat(grid().getColumnByKey("type").getHeaderText()).isEqualTo("站点类型");
	}

	@Test
	void filters_narrow_the_grid_and_the_count() {
		login("planner");
		UI.getCurrent().navigate(StationListView.class);

		@SuppressWarnings("unchecked")
		MultiSelectComboBox<StationType> types = _get(MultiSelectComboBox.class, s -> s.withId("filter-type"));
		types.setValue(Set.of(StationType.UNION_POST_STATION));
		assertThat(GridKt._size(grid())).isEqualTo(40);
		assertThat(count()).isEqualTo("共 40 个站点");
		assertThat(rows()).allSatisfy(r -> assertThat(r.type()).isEqualTo(StationType.UNION_POST_STATION));
		assertThat(GridKt._getFormatted(grid(), 0, "type")).isEqualTo("工会驿站");

		@SuppressWarnings("unchecked")
		ComboBox<DistrictRef> district = _get(ComboBox.class, s -> s.withId("filter-district"));
		DistrictRef chibi = district.getListDataView()
			.getItems()
			.filter(d -> d.code().equals("421281"))
			.findFirst()
			.orElseThrow();
		district.setValue(chibi);
		assertThat(rows()).hasSize(9).allSatisfy(r -> assertThat(r.districtNameZh()).isEqualTo("赤壁市"));

		@SuppressWarnings("unchecked")
		MultiSelectComboBox<StationStatus> statuses = _get(MultiSelectComboBox.class, s -> s.withId("filter-status"));
		statuses.setValue(Set.of(StationStatus.PLANNED, StationStatus.UNDER_CONSTRUCTION));
		assertThat(rows())
			.allSatisfy(r -> assertThat(r.status()).isIn(StationStatus.PLANNED, StationStatus.UNDER_CONSTRUCTION));

		types.clear();
		district.clear();
		statuses.clear();
		_get(TextField.class, s -> s.withId("filter-text")).setValue("母婴");
		assertThat(rows()).isNotEmpty().allSatisfy(r -> assertThat(r.name() + r.address()).contains("母婴"));
	}

	@Test
	void sorting_by_a_column_header_orders_the_rows() {
		login("leader");
		UI.getCurrent().navigate(StationListView.class);
		Grid<StationRow> grid = grid();
		grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("name"),
				com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
		List<String> names = rows().stream().map(StationRow::name).toList();
		assertThat(names).isSortedAccordingTo(NameOrder.names().reversed());

		// ascending, by pinyin: bei, jiu, nan (by code point 九 would come first)
		grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("name"),
				com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
		assertThat(rows()).extracting(StationRow::name).containsSubsequence("北港镇工会驿站", "九宫山镇工会驿站", "南林桥镇工会驿站");
	}

	@Test
	void an_operator_sees_only_their_own_stations() {
		login("operator");
		UI.getCurrent().navigate(StationListView.class);
		assertThat(rows()).extracting(StationRow::name)
			.containsExactlyInAnyOrder("温泉路环卫工会驿站", "永安大道快递小哥工会驿站", "银泉大道环卫工会驿站", "咸宁市中心医院爱心母婴室");
		assertThat(count()).isEqualTo("共 4 个站点");
	}

	@Test
	void planners_get_a_button_to_the_import() {
		login("planner");
		UI.getCurrent().navigate(StationListView.class);
		ButtonKt._click(_get(Button.class, s -> s.withId("station-import")));
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(StationImportView.class);
	}

	@Test
	void operators_get_no_import_button() {
		login("operator");
		UI.getCurrent().navigate(StationListView.class);
		_assertNone(Button.class, s -> s.withId("station-import"));
	}

	@Test
	void the_export_follows_the_grid_s_current_filter() {
		login("leader");
		UI.getCurrent().navigate(StationListView.class);
		@SuppressWarnings("unchecked")
		MultiSelectComboBox<StationType> types = _get(MultiSelectComboBox.class, s -> s.withId("filter-type"));
		types.setValue(Set.of(StationType.HEART_STATION));

		List<TableRow> csv = Csv.read(DownloadKt._download(_get(Anchor.class, s -> s.withId("export-csv"))));
		assertThat(csv).hasSize(1 + 10);
		assertThat(csv.subList(1, csv.size())).allSatisfy(r -> assertThat(r.cell(1)).isEqualTo("心灵驿站"));
		assertThat(StationExportMenu.fileName("csv")).matches("stations-\\d{4}-\\d{2}-\\d{2}\\.csv");
		assertThat(Xlsx.read(DownloadKt._download(_get(Anchor.class, s -> s.withId("export-xlsx"))))).hasSize(11);
		assertThat(new String(DownloadKt._download(_get(Anchor.class, s -> s.withId("export-geojson"))),
				StandardCharsets.UTF_8))
			.startsWith("{\"type\":\"FeatureCollection\"");
	}

	@Test
	void planners_edit_from_the_list_and_leaders_only_read_it() {
		login("planner");
		UI.getCurrent().navigate(StationListView.class);
		assertThat(grid().getColumnByKey("edit")).isNotNull();
		com.github.mvysny.kaributesting.v10.ButtonKt
			._click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("station-new")));
		_get(StationEditorView.class);

		login("leader");
		UI.getCurrent().navigate(StationListView.class);
		assertThat(grid().getColumnByKey("edit")).isNull();
		com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.button.Button.class,
				s -> s.withId("station-new"));
	}

	@SuppressWarnings("unchecked")
	private static Grid<StationRow> grid() {
		return _get(Grid.class, s -> s.withId("station-grid"));
	}

	private static List<StationRow> rows() {
		return GridKt._fetch(grid(), 0, 1000);
	}

	private static String count() {
		MockVaadin.clientRoundtrip(false);
		return _get(Span.class, s -> s.withId("station-count")).getText();
	}

}
