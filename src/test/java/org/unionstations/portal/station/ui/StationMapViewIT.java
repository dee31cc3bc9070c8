package org.unionstations.portal.station.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.MapPopup;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.station.StationType;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The map view's server side: layers per type with counts, filters, popups and the edit
 * action. The layers are served per viewport: each test first reports the viewport the
 * browser shows at the start (the whole city), as the browser does once the map is laid
 * out.
 */
class StationMapViewIT extends KaribuViewTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_map_gets_one_layer_per_type_with_the_counts_in_the_toggle() {
		login("planner");
		UI.getCurrent().navigate(StationMapView.class);
		PortalMap map = map();
		// the map draws its numbers (bin counts) in the user's language
		assertThat(map.getElement().getAttribute("lang")).isEqualTo("zh-CN");
		// nothing is queried before the browser says what it shows
		assertThat(map.layer(StationMapView.layerId(StationType.UNION_POST_STATION))).isEmpty();
		showCity(jdbc, map);

		assertThat(features(map, StationType.UNION_POST_STATION)).isEqualTo(40);
		assertThat(features(map, StationType.MOTHER_BABY_ROOM)).isEqualTo(26);
		assertThat(features(map, StationType.HEART_STATION)).isEqualTo(10);
		assertThat(features(map, StationType.WORKERS_HOME)).isEqualTo(6);
		assertThat(map.layer("districts").orElseThrow().features()).hasSize(6);
		assertThat(map.layer(StationMapView.layerId(StationType.UNION_POST_STATION)).orElseThrow().kind())
			.isEqualTo(MapLayer.Kind.MARKERS);
		assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("map-in-view")).getText())
			.isEqualTo("当前视野内 82 个站点");
		@SuppressWarnings("unchecked")
		CheckboxGroup<StationType> toggle = _get(CheckboxGroup.class, s -> s.withId("layer-toggle"));
		assertThat(toggle.getItemLabelGenerator().apply(StationType.UNION_POST_STATION)).isEqualTo("工会驿站 (40)");

		HasValueUtilsKt._setValue(toggle, java.util.Set.of(StationType.HEART_STATION));
		assertThat(map.layer(StationMapView.layerId(StationType.UNION_POST_STATION)).orElseThrow().visible()).isFalse();
		assertThat(map.layer(StationMapView.layerId(StationType.HEART_STATION)).orElseThrow().visible()).isTrue();
	}

	@Test
	void filtering_by_district_redraws_the_layers() {
		login("planner");
		UI.getCurrent().navigate(StationMapView.class);
		showCity(jdbc, map());
		@SuppressWarnings("unchecked")
		ComboBox<DistrictRef> district = _get(ComboBox.class, s -> s.withId("map-district"));
		HasValueUtilsKt._setValue(district,
				district.getListDataView().getItems().filter(d -> d.code().equals("421281")).findFirst().orElseThrow());
		assertThat(features(map(), StationType.UNION_POST_STATION)).isEqualTo(9);
	}

	@Test
	void clicking_a_marker_opens_its_popup_with_an_edit_action_for_planners_only() {
		long id = jdbc.sql("SELECT id FROM station WHERE name = '温泉路环卫工会驿站'").query(Long.class).single();

		login("planner");
		UI.getCurrent().navigate(StationMapView.class);
		String popup = clickMarker(id);
		assertThat(popup).contains("温泉路环卫工会驿站").contains("工会驿站").contains("咸安区").endsWith("|编辑");

		BasicUtilsKt._fireDomEvent(map(), "us-popup-action", detail(id).put("event.detail.action", "edit"));
		assertThat(_get(StationEditorView.class)).isNotNull();

		UI.getCurrent().navigate(StationListView.class); // a page the leader may see,
															// before switching user
		login("leader");
		UI.getCurrent().navigate(StationMapView.class);
		assertThat(clickMarker(id)).contains("温泉路环卫工会驿站").doesNotContain("编辑");
	}

	/**
	 * Clicks the marker and returns the popup's text: title, subtitle, rows and action
	 * labels.
	 */
	private String clickMarker(long id) {
		BasicUtilsKt._fireDomEvent(map(), "us-marker-click", detail(id));
		MapPopup popup = map().lastPopup().orElseThrow();
		return popup.title() + "|" + popup.subtitle() + "|"
				+ popup.rows().stream().map(r -> r.label() + "=" + r.value()).collect(Collectors.joining("|")) + "|"
				+ popup.actions().stream().map(MapPopup.Action::label).collect(Collectors.joining("|"));
	}

	private static ObjectNode detail(long id) {
		ObjectNode data = JsonNodeFactory.instance.objectNode();
		data.put("event.detail.layer", StationMapView.layerId(StationType.UNION_POST_STATION));
		data.put("event.detail.id", String.valueOf(id));
		data.put("event.detail.lon", 114.32);
		data.put("event.detail.lat", 29.85);
		return data;
	}

	/**
	 * The JavaScript calls the server has queued for the browser, as text (expression and
	 * arguments).
	 */
	private static List<String> pendingJs() {
		return UI.getCurrent()
			.getInternals()
			.dumpPendingJavaScriptInvocations()
			.stream()
			.map(i -> i.getInvocation().getExpression() + " " + i.getInvocation().getParameters())
			.toList();
	}

	/**
	 * Reports what the browser shows first: the districts' extent on a 1366×768 map at
	 * zoom 9.
	 */
	static void showCity(JdbcClient jdbc, PortalMap map) {
		var extent = jdbc.sql("""
				SELECT ST_XMin(e) AS w, ST_YMin(e) AS s, ST_XMax(e) AS e, ST_YMax(e) AS n
				  FROM (SELECT ST_Extent(boundary) AS e FROM district) x
				""").query().singleRow();
		moveTo(map, ((Number) extent.get("w")).doubleValue(), ((Number) extent.get("s")).doubleValue(),
				((Number) extent.get("e")).doubleValue(), ((Number) extent.get("n")).doubleValue(), 9);
	}

	/** What the browser reports after a pan or zoom of a 1366×768 map. */
	static void moveTo(PortalMap map, double west, double south, double east, double north, int zoom) {
		ObjectNode detail = JsonNodeFactory.instance.objectNode();
		detail.put("event.detail.west", west);
		detail.put("event.detail.south", south);
		detail.put("event.detail.east", east);
		detail.put("event.detail.north", north);
		detail.put("event.detail.zoom", zoom);
		detail.put("event.detail.width", 1366);
		detail.put("event.detail.height", 768);
		BasicUtilsKt._fireDomEvent(map, "us-viewport-change", detail);
	}

	private static long features(PortalMap map, StationType type) {
		return map.layer(StationMapView.layerId(type)).map(MapLayer::features).map(List::size).orElse(0);
	}

	private static PortalMap map() {
		return _get(PortalMap.class, s -> s.withId("station-map"));
	}

}
