package org.unionstations.portal.station.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.programme.FlagshipService;
import org.unionstations.portal.programme.SmartUpgradeDraft;
import org.unionstations.portal.programme.SmartUpgradeService;
import org.unionstations.portal.station.StationProgrammes;
import org.unionstations.portal.station.StationProgrammes.ProgrammeRecord;

/**
 * The station pages' programmes tab: a station's records in every programme, read-only,
 * newest year first, each linking to its grid; operators see it for their own stations
 * only.
 */
class StationProgrammesTabIT extends KaribuViewTest {

	private static final String OWN = "温泉路环卫工会驿站"; // operator's

	private static final String OTHERS = "河北大道环卫工会驿站"; // not operator's

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StationProgrammes programmes;

	@Autowired
	SmartUpgradeService upgrades;

	@Autowired
	FlagshipService flagships;

	/** The demo station with records in the most programmes of 2026. */
	long demoStation() {
		return jdbc.sql("""
				SELECT station_id FROM (
				  SELECT station_id FROM smart_upgrade WHERE programme_year = 2026
				  UNION ALL SELECT station_id FROM legal_addon WHERE programme_year = 2026
				  UNION ALL SELECT station_id FROM flagship WHERE programme_year = 2026) r
				GROUP BY station_id ORDER BY count(*) DESC, station_id LIMIT 1""").query(Long.class).single();
	}

	String name(long stationId) {
		return jdbc.sql("SELECT name FROM station WHERE id = :id").param("id", stationId).query(String.class).single();
	}

	long idOf(String name) {
		return jdbc.sql("SELECT id FROM station WHERE name = :n").param("n", name).query(Long.class).single();
	}

	@SuppressWarnings("unchecked")
	Grid<ProgrammeRecord> openTab(String tabsId, String tabId, String gridId) {
		TabSheet tabs = _get(TabSheet.class, s -> s.withId(tabsId));
		tabs.setSelectedTab(_get(Tab.class, s -> s.withId(tabId)));
		return _get(_get(StationProgrammesGrid.class, s -> s.withId(gridId)), Grid.class);
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_leader_reads_the_demo_stations_2026_records_and_follows_one_to_its_grid() {
		long id = demoStation();
		String name = name(id);
		login("leader");
		UI.getCurrent().navigate(StationDetailView.class, StationDetailView.parameters(id));
		Grid<ProgrammeRecord> grid = openTab("station-detail-tabs", "detail-programmes-tab",
				"station-detail-programmes");

		List<String> expected = jdbc.sql("""
				SELECT 'programme.upgrade.status.' || status FROM smart_upgrade WHERE station_id = :s
				UNION ALL SELECT 'programme.legal.status.' || status FROM legal_addon WHERE station_id = :s
				UNION ALL SELECT 'programme.flagship.status.' || status FROM flagship WHERE station_id = :s
				""").param("s", id).query(String.class).list();
		assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
		assertThat(GridKt._size(grid)).isEqualTo(expected.size());
		List<ProgrammeRecord> shown = GridKt._fetch(grid, 0, expected.size());
		assertThat(shown).extracting(ProgrammeRecord::statusKey).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(shown).extracting(ProgrammeRecord::year).containsOnly(2026);

		// the smart upgrade's line: status, contractor and dates as the record has them
		int upgradeRow = shown.indexOf(
				shown.stream().filter(r -> r.kind() == StationProgrammes.Kind.SMART_UPGRADE).findFirst().orElseThrow());
		var upgrade = jdbc.sql("SELECT status, contractor, planned_start FROM smart_upgrade WHERE station_id = :s")
			.param("s", id)
			.query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)), rs.getDate(3).toString()))
			.single();
		assertThat(GridKt._getFormatted(grid, upgradeRow, "year")).isEqualTo("2026");
		assertThat(GridKt._getFormatted(grid, upgradeRow, "status"))
			.isEqualTo(UI.getCurrent().getTranslation("programme.upgrade.status." + upgrade.get(0)));
		assertThat(GridKt._getFormatted(grid, upgradeRow, "partner")).isEqualTo(upgrade.get(1));
		assertThat(GridKt._getFormatted(grid, upgradeRow, "dates")).contains("计划开工 " + upgrade.get(2));
		assertThat(GridKt._getFormatted(grid, upgradeRow, "changed")).startsWith("planner，2026-");

		// an awarded flagship shows the score stored with the award
		var flagship = shown.stream().filter(r -> r.kind() == StationProgrammes.Kind.FLAGSHIP).findFirst();
		flagship.ifPresent(f -> assertThat(f.score()).isEqualTo(jdbc.sql(
				"SELECT max(score) FROM flagship_step st JOIN flagship f ON f.id = st.flagship_id WHERE f.station_id = :s")
			.param("s", id)
			.query(java.math.BigDecimal.class)
			.optional()
			.orElse(null)));

		// read-only: nothing to click but the links, no editor
		_assertNone(_get(StationProgrammesGrid.class, s -> s.withId("station-detail-programmes")), Button.class);
		assertThat(grid.getEditor().getBinder()).isNull();

		// the link opens the smart-upgrade grid narrowed to this station and year
		Anchor link = (Anchor) GridKt._getCellComponent(grid, upgradeRow, "programme");
		assertThat(link.getText()).isEqualTo("智能化升级改造");
		Location location = new Location(link.getHref());
		assertThat(location.getPath()).isEqualTo("programmes/upgrades");
		UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
		assertThat(_get(TextField.class, s -> s.withId("filter-text")).getValue()).isEqualTo(name);
		Grid<?> upgradesGrid = _get(Grid.class, s -> s.withId("programme-grid"));
		assertThat(GridKt._size(upgradesGrid)).isEqualTo(1);
		assertThat(GridKt._getFormatted(upgradesGrid, 0, "station")).isEqualTo(name);
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_editor_has_the_same_tab_for_planners() {
		long id = demoStation();
		login("planner");
		UI.getCurrent().navigate(StationEditorView.class, String.valueOf(id));
		TabSheet tabs = _get(TabSheet.class);
		tabs.setSelectedTab(_get(Tab.class, s -> s.withId("programmes-tab")));
		Grid<ProgrammeRecord> grid = _get(_get(StationProgrammesGrid.class, s -> s.withId("station-programmes")),
				Grid.class);
		assertThat(GridKt._size(grid)).isEqualTo(programmes.records(id).size()).isGreaterThanOrEqualTo(3);
	}

	@Test
	@SuppressWarnings("unchecked")
	void an_operator_sees_their_own_stations_records_newest_year_first_and_no_one_elses() {
		long own = idOf(OWN);
		login("planner");
		long upgrade = upgrades.create(SmartUpgradeDraft.planned(own, 2026)).id();
		long flagship = flagships.nominate(own, 2025, LocalDate.of(2025, 6, 1), null).id();
		try {
			login("operator");
			UI.getCurrent().navigate(StationDetailView.class, StationDetailView.parameters(own));
			Grid<ProgrammeRecord> grid = openTab("station-detail-tabs", "detail-programmes-tab",
					"station-detail-programmes");
			assertThat(GridKt._size(grid)).isEqualTo(2);
			assertThat(GridKt._getFormatted(grid, 0, "year")).isEqualTo("2026");
			assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("计划中");
			assertThat(GridKt._getFormatted(grid, 1, "year")).isEqualTo("2025");
			assertThat(GridKt._getFormatted(grid, 1, "status")).isEqualTo("已推荐");
			assertThat(GridKt._getFormatted(grid, 1, "dates")).isEqualTo("已推荐 2025-06-01");

			long others = idOf(OTHERS);
			UI.getCurrent().navigate(StationDetailView.class, StationDetailView.parameters(others));
			_assertNone(Tab.class, s -> s.withId("detail-programmes-tab"));
			assertThatThrownBy(() -> programmes.records(others)).isInstanceOf(AccessDeniedException.class);
		}
		finally {
			jdbc.sql("DELETE FROM smart_upgrade WHERE id = :id").param("id", upgrade).update();
			jdbc.sql("DELETE FROM flagship WHERE id = :id").param("id", flagship).update();
		}
	}

}
