package org.unionstations.portal.station.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.audit.ui.HistoryGrid;
import org.unionstations.portal.map.MapPopup;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.station.OperationalUpdate;
import org.unionstations.portal.station.StationDetails;
import org.unionstations.portal.station.StationRow;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationType;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read-only station page, per role: leaders reach it from the list and from the map,
 * operators from My stations (with contact and history for their own stations, the public
 * facts only for others'), editors get a way to the editor.
 */
class StationDetailViewIT extends KaribuViewTest {

	private static final String OWN = "温泉路环卫工会驿站"; // operator's

	private static final String OTHERS = "河北大道环卫工会驿站"; // not operator's

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StationService stations;

	@Test
	void a_leader_clicks_a_row_and_reads_facts_services_hours_and_history() {
		long id = idOf(OWN);
		login("operator"); // a change for the history: the operator's new phone number
		StationDetails before = stations.get(id);
		stations.updateOperational(id, new OperationalUpdate(before.version(), before.services(), before.openingHours(),
				before.status(), null, before.contactPerson(), "0715-8888888"));
		try {
			login("leader");
			UI.getCurrent().navigate(StationListView.class);
			_get(TextField.class, s -> s.withId("filter-text")).setValue(OWN);
			GridKt._clickItem(grid(), 0);

			assertThat(_get(H2.class, s -> s.withId("station-detail-title")).getText()).isEqualTo(OWN);
			assertThat(text("detail-type")).isEqualTo("工会驿站");
			assertThat(text("detail-district")).isEqualTo("咸安区");
			assertThat(text("detail-status")).isEqualTo("开放");
			assertThat(text("detail-hours")).isEqualTo("24 小时开放");
			assertThat(text("detail-services")).contains("热水").contains("手机充电");
			assertThat(text("detail-contact")).isEqualTo("于涛 0715-8888888");
			_get(TabSheet.class, s -> s.withId("station-detail-tabs")).setSelectedIndex(1);
			var history = _get(HistoryGrid.class, s -> s.withId("station-detail-history")).lines();
			assertThat(history.getFirst().who()).isEqualTo("operator");
			assertThat(history.getFirst().newValue()).isEqualTo("0715-8888888");
			_assertNone(Button.class, s -> s.withId("detail-edit"));
		}
		finally {
			jdbc.sql("UPDATE station SET contact_phone = :p WHERE id = :id")
				.param("p", before.contactPhone())
				.param("id", id)
				.update();
		}
	}

	@Test
	void a_leader_opens_the_page_from_the_map_popup() {
		long id = idOf(OWN);
		login("leader");
		UI.getCurrent().navigate(StationMapView.class);
		PortalMap map = _get(PortalMap.class, s -> s.withId("station-map"));
		BasicUtilsKt._fireDomEvent(map, "us-marker-click", detail(id));
		assertThat(map.lastPopup().orElseThrow().actions()).extracting(MapPopup.Action::label).containsExactly("详情");

		BasicUtilsKt._fireDomEvent(map, "us-popup-action", detail(id).put("event.detail.action", "details"));
		assertThat(_get(H2.class, s -> s.withId("station-detail-title")).getText()).isEqualTo(OWN);
	}

	@Test
	void an_operator_opens_their_station_from_my_stations_with_contact_and_history() {
		login("operator");
		UI.getCurrent().navigate("my-stations");
		@SuppressWarnings("unchecked")
		Grid<StationRow> mine = _get(Grid.class, s -> s.withId("my-station-grid"));
		mine.select(GridKt._fetch(mine, 0, 100).stream().filter(r -> r.name().equals(OWN)).findFirst().orElseThrow());
		ButtonKt._click(_get(Button.class, s -> s.withId("my-station-details")));

		assertThat(_get(H2.class, s -> s.withId("station-detail-title")).getText()).isEqualTo(OWN);
		assertThat(text("detail-contact")).startsWith("于涛");
		_assertOne(Tab.class, s -> s.withId("detail-history-tab"));
		_assertNone(Paragraph.class, s -> s.withId("detail-public-only"));
	}

	@Test
	void an_operator_reads_only_the_public_facts_of_someone_elses_station() {
		long other = idOf(OTHERS);
		login("operator");
		UI.getCurrent().navigate(StationDetailView.class, StationDetailView.parameters(other));

		assertThat(_get(H2.class, s -> s.withId("station-detail-title")).getText()).isEqualTo(OTHERS);
		assertThat(text("detail-address")).isEqualTo("湖北省咸宁市赤壁市河北大道318号");
		assertThat(text("detail-hours")).isEqualTo("24 小时开放");
		assertThat(text("detail-services")).contains("急救药箱");
		_assertNone(Span.class, s -> s.withId("detail-contact"));
		_assertNone(Tab.class, s -> s.withId("detail-history-tab"));
		_assertOne(Paragraph.class, s -> s.withId("detail-public-only"));

		// the service, not the view, withholds them
		assertThat(stations.overview(other).fullRecord()).isFalse();
		assertThat(stations.overview(other).contactPhone()).isNull();
		assertThatThrownBy(() -> stations.history(other)).isInstanceOf(AccessDeniedException.class);
		assertThat(stations.overview(idOf(OWN)).contactPhone()).isNotNull();
	}

	@Test
	void a_planner_reading_a_station_gets_a_way_to_the_editor() {
		long id = idOf(OWN);
		login("planner");
		UI.getCurrent().navigate(StationDetailView.class, StationDetailView.parameters(id));
		ButtonKt._click(_get(Button.class, s -> s.withId("detail-edit")));
		_assertOne(StationEditorView.class);
	}

	@Test
	void an_unknown_station_is_not_found() {
		login("leader");
		UI.getCurrent().navigate("stations/999999999");
		assertThat(_get(H2.class, s -> s.withId("not-found-title")).getText()).isEqualTo("页面不存在");
		_assertNone(StationDetailView.class);
	}

	private static String text(String id) {
		return _get(Span.class, s -> s.withId(id)).getText();
	}

	@SuppressWarnings("unchecked")
	private static Grid<StationRow> grid() {
		return _get(Grid.class, s -> s.withId("station-grid"));
	}

	private long idOf(String name) {
		return jdbc.sql("SELECT id FROM station WHERE name = :n").param("n", name).query(Long.class).single();
	}

	private static ObjectNode detail(long id) {
		ObjectNode data = JsonNodeFactory.instance.objectNode();
		data.put("event.detail.layer", StationMapView.layerId(StationType.UNION_POST_STATION));
		data.put("event.detail.id", String.valueOf(id));
		data.put("event.detail.lon", 114.32);
		data.put("event.detail.lat", 29.85);
		return data;
	}

}
