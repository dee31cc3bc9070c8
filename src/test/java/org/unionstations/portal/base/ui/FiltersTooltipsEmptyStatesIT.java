package org.unionstations.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.coverage.DemandPointRow;
import org.unionstations.portal.station.StationRow;

/**
 * What a user sees in the list views before and after filtering: an empty filter reads 全部
 * / All, names and addresses too long for their column have a tooltip, and a grid that
 * shows nothing says why.
 */
class FiltersTooltipsEmptyStatesIT extends KaribuViewTest {

	@Test
	void every_filter_of_the_station_list_says_all_while_nothing_is_chosen() {
		login("planner");
		UI.getCurrent().navigate("stations");
		assertThat(placeholders()).containsOnlyKeys("filter-type", "filter-district", "filter-status")
			.allSatisfy((id, text) -> assertThat(text).isEqualTo("全部"));
	}

	@Test
	void every_filter_of_the_map_says_all_while_nothing_is_chosen() {
		login("planner");
		UI.getCurrent().navigate("map");
		assertThat(placeholders()).containsOnlyKeys("map-district", "map-status", "map-services", "map-programmes")
			.allSatisfy((id, text) -> assertThat(text).isEqualTo("全部"));
	}

	@Test
	void every_filter_of_the_demand_list_says_all_while_nothing_is_chosen() {
		login("planner");
		UI.getCurrent().navigate("demand");
		assertThat(placeholders()).containsOnlyKeys("demand-category", "demand-district")
			.allSatisfy((id, text) -> assertThat(text).isEqualTo("全部"));
	}

	@Test
	void english_users_read_all() {
		login("planner");
		LocaleSupport.switchTo(PortalI18NProvider.ENGLISH);
		UI.getCurrent().getPage().reload();
		UI.getCurrent().navigate("stations");
		assertThat(placeholders()).allSatisfy((id, text) -> assertThat(text).isEqualTo("All"));
	}

	@Test
	void station_names_addresses_and_hosts_have_tooltips_and_a_filter_matching_nothing_says_so() {
		login("planner");
		UI.getCurrent().navigate("stations");
		Grid<StationRow> grid = grid("station-grid");
		StationRow first = GridKt._get(grid, 0);
		assertThat(grid.getColumnByKey("name").getTooltipGenerator().apply(first)).isEqualTo(first.name());
		assertThat(grid.getColumnByKey("address").getTooltipGenerator().apply(first)).isEqualTo(first.address());
		assertThat(grid.getColumnByKey("host").getTooltipGenerator().apply(first)).isEqualTo(first.hostOrganisation());

		_get(TextField.class, s -> s.withId("filter-text")).setValue("没有这样的站点");
		assertThat(GridKt._size(grid)).isZero();
		assertThat(grid.getEmptyStateText()).isEqualTo("没有符合条件的站点");
	}

	@Test
	void demand_point_names_have_tooltips_and_a_filter_matching_nothing_says_so() {
		login("planner");
		UI.getCurrent().navigate("demand");
		Grid<DemandPointRow> grid = grid("demand-grid");
		DemandPointRow first = GridKt._get(grid, 0);
		assertThat(grid.getColumnByKey("name").getTooltipGenerator().apply(first)).isEqualTo(first.name());

		_get(TextField.class, s -> s.withId("demand-text")).setValue("没有这样的需求点");
		assertThat(GridKt._size(grid)).isZero();
		assertThat(grid.getEmptyStateText()).isEqualTo("没有符合条件的需求点");
	}

	@Test
	void an_operator_s_station_names_have_tooltips_and_an_empty_list_says_why() {
		login("operator");
		UI.getCurrent().navigate("my-stations");
		Grid<StationRow> grid = grid("my-station-grid");
		StationRow first = GridKt._get(grid, 0);
		assertThat(grid.getColumns().getFirst().getTooltipGenerator().apply(first)).isEqualTo(first.name());
		assertThat(grid.getEmptyStateText()).isEqualTo("你还没有负责的站点");
	}

	/** Every combo box filter of the view on screen, by id, with its placeholder. */
	@SuppressWarnings("rawtypes")
	private static java.util.Map<String, String> placeholders() {
		java.util.Map<String, String> byId = new java.util.TreeMap<>();
		List<HasPlaceholder> fields = new java.util.ArrayList<>();
		fields.addAll(_find(ComboBox.class));
		fields.addAll(_find(MultiSelectComboBox.class));
		for (HasPlaceholder field : fields) {
			com.vaadin.flow.component.Component c = (com.vaadin.flow.component.Component) field;
			String id = c.getId().orElse("?");
			// the map's search box is a search, not a filter: it keeps its own hint
			if (!id.equals("map-search")) {
				byId.put(id, String.valueOf(field.getPlaceholder()));
			}
		}
		return byId;
	}

	@SuppressWarnings("unchecked")
	private static <T> Grid<T> grid(String id) {
		return _get(Grid.class, s -> s.withId(id));
	}

}
