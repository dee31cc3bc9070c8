package org.unionstations.portal.station.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.base.geo.BinGrid;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationType;

/**
 * The station map with more stations than a view may show as points: zoomed out it gets
 * bins per type whose counts add up to the stations there, zoomed in the single stations
 * of the view again (with their coverage circles), as the browser moves the viewport.
 */
class StationMapViewportIT extends KaribuViewTest {

	static final String PREFIX = "视野站点";

	/** Somewhat more stations than the map shows as points, in a block of 咸安区. */
	static final int EXTRA = StationService.MAP_POINTS + 100;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeExtraStations() {
		jdbc.sql("DELETE FROM station WHERE name LIKE :p || '%'").param("p", PREFIX).update();
	}

	@Test
	void zoomed_out_the_map_gets_bins_and_zoomed_in_the_stations_themselves() {
		// 60 × 35 stations 0.002° apart (about 200 m): 114.24–114.36 °E, 29.80–29.87 °N
		jdbc.sql(
				"""
						INSERT INTO station (type, name, address, location, district_id, status)
						SELECT CASE i % 4 WHEN 0 THEN 'UNION_POST_STATION' WHEN 1 THEN 'MOTHER_BABY_ROOM'
						                  WHEN 2 THEN 'HEART_STATION' ELSE 'WORKERS_HOME' END,
						       :p || i, 'test', ST_SetSRID(ST_MakePoint(114.24 + (i % 60) * 0.002, 29.80 + (i / 60) * 0.002), 4326),
						       (SELECT id FROM district WHERE code = '421202'), 'OPEN'
						  FROM generate_series(0, :n - 1) AS i
						""")
			.param("p", PREFIX)
			.param("n", EXTRA)
			.update();
		login("planner");
		UI.getCurrent().navigate(StationMapView.class);
		PortalMap map = _get(PortalMap.class, s -> s.withId("station-map"));
		@SuppressWarnings("unchecked")
		CheckboxGroup<StationType> coverage = _get(CheckboxGroup.class, s -> s.withId("coverage-toggle"));
		HasValueUtilsKt._setValue(coverage, Set.of(StationType.UNION_POST_STATION));

		// the whole city: every station is in the view, so the bins hold them all
		StationMapViewIT.showCity(jdbc, map);
		Map<String, Long> perType = jdbc.sql("SELECT type, count(*) AS n FROM station GROUP BY type")
			.query()
			.listOfRows()
			.stream()
			.collect(Collectors.toMap(r -> (String) r.get("type"), r -> ((Number) r.get("n")).longValue()));
		for (StationType type : StationType.values()) {
			MapLayer layer = map.layer(StationMapView.layerId(type)).orElseThrow();
			assertThat(layer.kind()).isEqualTo(MapLayer.Kind.BINS);
			assertThat(layer.features().stream().mapToLong(StationMapViewportIT::count).sum()).as("%s", type)
				.isEqualTo(perType.get(type.name()));
		}
		MapFeature bin = map.layer(StationMapView.layerId(StationType.HEART_STATION))
			.orElseThrow()
			.features()
			.stream()
			.filter(f -> count(f) > 1)
			.findFirst()
			.orElseThrow();
		assertThat((String) bin.properties().get("label"))
			.isEqualTo(String.format(Locale.ROOT, "心灵驿站：%,d 个（点击放大）", count(bin)));
		// no circles while the stations are bins
		assertThat(map.layer(StationMapView.coverageId(StationType.UNION_POST_STATION)).orElseThrow().features())
			.isEmpty();
		long all = perType.values().stream().mapToLong(Long::longValue).sum();
		assertThat(_get(Span.class, s -> s.withId("map-in-view")).getText())
			.isEqualTo(String.format(Locale.ROOT, "当前视野内 %,d 个站点", all));

		// zoomed in on part of the block at zoom 13: about a thousand stations
		double west = 114.30, south = 29.83, east = 114.36, north = 29.87;
		StationMapViewIT.moveTo(map, west, south, east, north, 13);
		BinGrid box = BinGrid.forView(west, south, east, north, 13, StationMapView.CELL_PX);
		for (StationType type : StationType.values()) {
			MapLayer layer = map.layer(StationMapView.layerId(type)).orElseThrow();
			assertThat(layer.kind()).isEqualTo(MapLayer.Kind.MARKERS);
			assertThat(layer.features()).extracting(MapFeature::id)
				.as("%s", type)
				.containsExactlyInAnyOrderElementsOf(idsIn(box, type.name(), false));
		}
		assertThat(map.layer(StationMapView.layerId(StationType.UNION_POST_STATION)).orElseThrow().features())
			.hasSizeBetween(100, StationService.MAP_POINTS);
		assertThat(map.layer(StationMapView.coverageId(StationType.UNION_POST_STATION)).orElseThrow().features())
			.extracting(MapFeature::id)
			.containsExactlyInAnyOrderElementsOf(idsIn(box, "UNION_POST_STATION", true));
		long inView = jdbc.sql("""
				SELECT count(*) FROM station
				 WHERE ST_X(location) BETWEEN :w AND :e AND ST_Y(location) BETWEEN :s AND :n
				""").param("w", west).param("e", east).param("s", south).param("n", north).query(Long.class).single();
		assertThat(_get(Span.class, s -> s.withId("map-in-view")).getText())
			.isEqualTo(String.format(Locale.ROOT, "当前视野内 %,d 个站点", inView));

		// back out: bins again
		StationMapViewIT.showCity(jdbc, map);
		assertThat(map.layer(StationMapView.layerId(StationType.WORKERS_HOME)).orElseThrow().kind())
			.isEqualTo(MapLayer.Kind.BINS);
	}

	@Test
	void hiding_types_until_few_stations_are_left_turns_the_bins_of_the_others_into_points() {
		jdbc.sql("""
				INSERT INTO station (type, name, address, location, status)
				SELECT 'UNION_POST_STATION', :p || i, 'test',
				       ST_SetSRID(ST_MakePoint(114.24 + (i % 60) * 0.002, 29.80 + (i / 60) * 0.002), 4326), 'OPEN'
				  FROM generate_series(0, :n - 1) AS i
				""").param("p", PREFIX).param("n", EXTRA).update();
		login("planner");
		UI.getCurrent().navigate(StationMapView.class);
		PortalMap map = _get(PortalMap.class, s -> s.withId("station-map"));
		StationMapViewIT.showCity(jdbc, map);
		assertThat(map.layer(StationMapView.layerId(StationType.HEART_STATION)).orElseThrow().kind())
			.isEqualTo(MapLayer.Kind.BINS);

		@SuppressWarnings("unchecked")
		CheckboxGroup<StationType> toggle = _get(CheckboxGroup.class, s -> s.withId("layer-toggle"));
		HasValueUtilsKt._setValue(toggle, Set.of(StationType.HEART_STATION, StationType.WORKERS_HOME));

		MapLayer heart = map.layer(StationMapView.layerId(StationType.HEART_STATION)).orElseThrow();
		assertThat(heart.kind()).isEqualTo(MapLayer.Kind.MARKERS);
		assertThat(heart.features()).hasSize(10);
		assertThat(map.layer(StationMapView.layerId(StationType.UNION_POST_STATION)).orElseThrow().visible()).isFalse();
		// the toggle counts the whole filter, not the view
		assertThat(toggle.getItemLabelGenerator().apply(StationType.UNION_POST_STATION))
			.isEqualTo(String.format(java.util.Locale.ROOT, "工会驿站 (%,d)", 40 + EXTRA));
	}

	private List<String> idsIn(BinGrid box, String type, boolean openOnly) {
		return jdbc.sql("""
				SELECT id FROM station
				 WHERE type = :t AND ST_X(location) BETWEEN :w AND :e AND ST_Y(location) BETWEEN :s AND :n
				   AND (NOT :open OR status = 'OPEN')
				""")
			.param("t", type)
			.param("w", box.west())
			.param("e", box.east())
			.param("s", box.south())
			.param("n", box.north())
			.param("open", openOnly)
			.query(Long.class)
			.list()
			.stream()
			.map(String::valueOf)
			.toList();
	}

	private static long count(MapFeature bin) {
		return ((Number) bin.properties().get(MapLayer.COUNT)).longValue();
	}

}
