package org.unionstations.portal.station.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.MapPopup;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.station.StationProgrammes.Badge;
import org.unionstations.portal.station.StationType;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The station map filtered by programme badge, and the badges in a station's popup. */
class StationMapProgrammesIT extends KaribuViewTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void the_map_shows_only_flagship_stations_when_asked_and_their_popup_names_the_badges() {
		login("planner");
		UI.getCurrent().navigate(StationMapView.class);
		StationMapViewIT.showCity(jdbc, _get(PortalMap.class, s -> s.withId("station-map")));
		MultiSelectComboBox<Badge> programmes = _get(MultiSelectComboBox.class, s -> s.withId("map-programmes"));
		HasValueUtilsKt._setValue(programmes, Set.of(Badge.FLAGSHIP));

		long awarded = jdbc.sql("SELECT count(DISTINCT station_id) FROM flagship WHERE status = 'AWARDED'")
			.query(Long.class)
			.single();
		PortalMap map = _get(PortalMap.class, s -> s.withId("station-map"));
		long shown = Arrays.stream(StationType.values())
			.mapToLong(t -> map.layer(StationMapView.layerId(t))
				.map(MapLayer::features)
				.map(java.util.List::size)
				.orElse(0))
			.sum();
		assertThat(shown).isEqualTo(awarded).isPositive();

		long flagship = jdbc.sql("""
				SELECT f.station_id FROM flagship f WHERE f.status = 'AWARDED'
				  AND EXISTS (SELECT 1 FROM legal_addon a WHERE a.station_id = f.station_id AND a.status = 'ACTIVE')
				ORDER BY f.station_id LIMIT 1""").query(Long.class).single();
		ObjectNode detail = JsonNodeFactory.instance.objectNode();
		detail.put("event.detail.layer", StationMapView.layerId(StationType.UNION_POST_STATION));
		detail.put("event.detail.id", String.valueOf(flagship));
		detail.put("event.detail.lon", 114.32);
		detail.put("event.detail.lat", 29.85);
		BasicUtilsKt._fireDomEvent(map, "us-marker-click", detail);
		MapPopup popup = map.lastPopup().orElseThrow();
		assertThat(popup.rows()).contains(new MapPopup.Row("年度项目", "旗舰站 · 法律服务 · 智能化"));
	}

}
