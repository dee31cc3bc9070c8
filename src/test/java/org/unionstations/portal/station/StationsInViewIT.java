package org.unionstations.portal.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.geo.BinGrid;

/**
 * The map's stations per viewport against the real PostGIS: bins counted against a plain
 * count of the stations in the box, computed in Java from their coordinates; points and
 * bins switching exactly at the threshold; the filters, the operator scope and a set of
 * ids applied as in the station list (the JPA queries).
 */
@PortalIT
@Transactional
class StationsInViewIT {

	@Autowired
	StationService stations;

	@Autowired
	JdbcClient jdbc;

	/** The whole of Xianning on a 1366×768 map at zoom 9 (what the map shows first). */
	private static final BinGrid CITY = BinGrid.forView(112.9, 29.0, 115.9, 30.4, 9, 64);

	@Test
	@WithUserDetails("planner")
	void bins_count_every_station_of_the_box_once_in_its_own_cell_at_the_mean_position() {
		BinGrid grid = BinGrid.forView(113.6, 29.3, 114.9, 30.2, 10, 64);
		List<Located> expected = locatedInBox(grid);
		assertThat(expected).hasSizeGreaterThan(40);

		StationsInView view = stations.inView(StationFilter.ALL, null, grid, expected.size() - 1);

		assertThat(view.binned()).isTrue();
		assertThat(view.points()).isEmpty();
		assertThat(view.total()).isEqualTo(expected.size());
		// by hand: each station into cell (floor(lon / cellLon), floor(lat / cellLat)) of
		// its type
		Map<String, List<Located>> cells = expected.stream()
			.collect(Collectors.groupingBy(s -> s.type() + "/" + (long) Math.floor(s.lon() / grid.cellLon()) + "/"
					+ (long) Math.floor(s.lat() / grid.cellLat())));
		assertThat(view.bins()).hasSize(cells.size()).allSatisfy(bin -> {
			List<Located> in = cells.get(bin.type() + "/" + bin.column() + "/" + bin.row());
			assertThat(in).as("cell %s", bin).isNotNull();
			assertThat(bin.count()).isEqualTo(in.size());
			assertThat(bin.longitude()).isCloseTo(in.stream().mapToDouble(Located::lon).average().orElseThrow(),
					org.assertj.core.api.Assertions.within(1e-9));
			assertThat(bin.latitude()).isCloseTo(in.stream().mapToDouble(Located::lat).average().orElseThrow(),
					org.assertj.core.api.Assertions.within(1e-9));
		});
		// the bins are bounded by the screen, not by the data
		assertThat((long) view.bins().size()).isLessThanOrEqualTo(4 * grid.maxBins());
	}

	@Test
	@WithUserDetails("planner")
	void points_up_to_the_threshold_and_bins_beyond_it() {
		List<Located> inBox = locatedInBox(CITY);
		int n = inBox.size();
		assertThat(n).isEqualTo(82);

		StationsInView atThreshold = stations.inView(StationFilter.ALL, null, CITY, n);
		assertThat(atThreshold.binned()).isFalse();
		assertThat(atThreshold.bins()).isEmpty();
		assertThat(atThreshold.points()).extracting(StationMarker::id)
			.containsExactlyElementsOf(inBox.stream().map(Located::id).sorted().toList());
		StationMarker first = atThreshold.points().getFirst();
		Located firstExpected = inBox.stream().filter(s -> s.id() == first.id()).findFirst().orElseThrow();
		assertThat(first.longitude()).isEqualTo(firstExpected.lon());
		assertThat(first.type().name()).isEqualTo(firstExpected.type());

		StationsInView beyond = stations.inView(StationFilter.ALL, null, CITY, n - 1);
		assertThat(beyond.binned()).isTrue();
		assertThat(beyond.total()).isEqualTo(n);
	}

	@Test
	@WithUserDetails("planner")
	void the_portal_threshold_of_two_thousand_stations_in_a_view_of_its_own() {
		// 2,000 stations in an empty box far from Xianning (the Gobi, 100°E 41°N)
		BinGrid gobi = BinGrid.forView(99.5, 40.5, 100.5, 41.5, 10, 64);
		jdbc.sql("""
				INSERT INTO station (type, name, address, location, status)
				SELECT 'WORKERS_HOME', '视野测试' || i, 'test',
				       ST_SetSRID(ST_MakePoint(100 + (i % 50) * 0.01, 41 + (i / 50) * 0.01), 4326), 'OPEN'
				  FROM generate_series(0, :n - 1) AS i
				""").param("n", StationService.MAP_POINTS).update();
		assertThat(locatedInBox(gobi)).hasSize(StationService.MAP_POINTS);

		StationsInView full = stations.inView(StationFilter.ALL, null, gobi, StationService.MAP_POINTS);
		assertThat(full.binned()).isFalse();
		assertThat(full.points()).hasSize(2000);

		jdbc.sql("""
				INSERT INTO station (type, name, address, location, status)
				VALUES ('WORKERS_HOME', '视野测试 2001', 'test', ST_SetSRID(ST_MakePoint(100.005, 41.005), 4326), 'OPEN')
				""").update();
		StationsInView over = stations.inView(StationFilter.ALL, null, gobi, StationService.MAP_POINTS);
		assertThat(over.binned()).isTrue();
		assertThat(over.total()).isEqualTo(2001);
		// 50 × 41 stations 0.01° apart fill a 0.5° × 0.41° area: at zoom 10 cells are
		// 0.088° wide, so a few dozen bins stand for them
		assertThat(over.bins()).hasSizeBetween(20, 60);
	}

	@Test
	@WithUserDetails("planner")
	void the_filters_select_what_the_station_list_selects() {
		long chibi = jdbc.sql("SELECT id FROM district WHERE code = '421281'").query(Long.class).single();
		List<StationFilter> filters = List.of(StationFilter.ALL,
				StationFilter.ALL.withTypes(Set.of(StationType.HEART_STATION, StationType.WORKERS_HOME)),
				StationFilter.ALL.withDistrictId(chibi),
				StationFilter.ALL.withStatuses(Set.of(StationStatus.OPEN, StationStatus.SUSPENDED)),
				StationFilter.ALL.withText("医院"), StationFilter.ALL.withText("100%_no_such"),
				StationFilter.ALL.withText("Road"), StationFilter.ALL.withServices(Set.of(Amenity.values()[0])),
				StationFilter.ALL.withServices(Set.of(Amenity.values()[0], Amenity.values()[1])),
				StationFilter.ALL.withDistrictId(chibi).withStatuses(Set.of(StationStatus.OPEN)).withText("驿站"));
		for (StationFilter filter : filters) {
			long listed = stations.count(filter);
			// as bins (no point allowed) and as points
			assertThat(stations.inView(filter, null, CITY, 0).total()).as("bins of %s", filter).isEqualTo(listed);
			assertThat(stations.inView(filter, null, CITY, 1000).points()).as("points of %s", filter)
				.hasSize((int) listed);
			assertThat(stations.countIn(filter, null, CITY.west(), CITY.south(), CITY.east(), CITY.north()))
				.isEqualTo(listed);
			Map<StationType, Long> byType = stations.countByType(filter, null);
			assertThat(byType.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(listed);
			for (StationType type : StationType.values()) {
				long expected = filter.types().isEmpty() || filter.types().contains(type)
						? stations.count(filter.withTypes(Set.of(type))) : 0;
				assertThat(byType.getOrDefault(type, 0L)).as("%s of %s", type, filter).isEqualTo(expected);
			}
		}
	}

	@Test
	@WithUserDetails("planner")
	void only_the_ids_asked_for_when_ids_are_given() {
		List<Long> three = jdbc.sql("SELECT id FROM station ORDER BY id LIMIT 3").query(Long.class).list();
		assertThat(stations.inView(StationFilter.ALL, three, CITY, 1000).points()).extracting(StationMarker::id)
			.containsExactlyElementsOf(three);
		assertThat(stations.inView(StationFilter.ALL, List.of(), CITY, 1000).points()).isEmpty();
		assertThat(stations.countByType(StationFilter.ALL, three).values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(3);
	}

	@Test
	@WithUserDetails("operator")
	void an_operator_sees_only_their_own_stations_on_the_map() {
		assertThat(stations.inView(StationFilter.ALL, null, CITY, 1000).points()).extracting(StationMarker::name)
			.containsExactlyInAnyOrder("温泉路环卫工会驿站", "永安大道快递小哥工会驿站", "银泉大道环卫工会驿站", "咸宁市中心医院爱心母婴室");
		assertThat(stations.inView(StationFilter.ALL, null, CITY, 0).total()).isEqualTo(4);
		assertThat(stations.countByType(StationFilter.ALL, null).values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(4);
	}

	/**
	 * Every station in the grid's box, read with plain SQL and filtered in Java (borders
	 * included, as {@code &&} does for points).
	 */
	private List<Located> locatedInBox(BinGrid grid) {
		List<Located> all = jdbc.sql("SELECT id, type, ST_X(location) AS lon, ST_Y(location) AS lat FROM station")
			.query((rs, i) -> new Located(rs.getLong("id"), rs.getString("type"), rs.getDouble("lon"),
					rs.getDouble("lat")))
			.list();
		List<Located> in = new ArrayList<>();
		for (Located s : all) {
			if (s.lon() >= grid.west() && s.lon() <= grid.east() && s.lat() >= grid.south()
					&& s.lat() <= grid.north()) {
				in.add(s);
			}
		}
		return in;
	}

	private record Located(long id, String type, double lon, double lat) {
	}

}
