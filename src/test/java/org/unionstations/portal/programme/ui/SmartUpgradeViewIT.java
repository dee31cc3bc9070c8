package org.unionstations.portal.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.base.ClockConfig;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.programme.ProgrammeStation;
import org.unionstations.portal.programme.SmartUpgradeDraft;
import org.unionstations.portal.programme.SmartUpgradeRow;
import org.unionstations.portal.programme.SmartUpgradeService;
import org.unionstations.portal.programme.UpgradeStatus;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The smart-upgrade grid as a planner works through it with the keyboard: open a row, see
 * a refusal at its cell, fix it, save; lose a race to another user; change several rows
 * at once. Records of the year {@value #YEAR} (no demo data) are made and removed by the
 * test.
 */
class SmartUpgradeViewIT extends KaribuViewTest {

	static final int YEAR = 2027;

	final LocalDate today = LocalDate.now(ClockConfig.ZONE);

	@Autowired
	SmartUpgradeService upgrades;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTestRecords() {
		jdbc.sql("DELETE FROM smart_upgrade WHERE programme_year = :y").param("y", YEAR).update();
	}

	List<Long> stations(int n) {
		return jdbc.sql("SELECT id FROM station WHERE status = 'OPEN' ORDER BY id LIMIT :n")
			.param("n", n)
			.query(Long.class)
			.list();
	}

	@SuppressWarnings("unchecked")
	Grid<UpgradeItem> openView() {
		UI.getCurrent().navigate(SmartUpgradeView.class);
		Select<Integer> year = _get(Select.class, s -> s.withId("filter-year"));
		year.setValue(YEAR);
		return _get(Grid.class, s -> s.withId("programme-grid"));
	}

	@SuppressWarnings("unchecked")
	static <C> C cell(Grid<UpgradeItem> grid, String key) {
		return (C) grid.getColumnByKey(key).getEditorComponent();
	}

	@Test
	void a_refusal_shows_at_its_cell_and_the_fixed_row_saves_with_enter() {
		login("planner");
		SmartUpgradeRow row = upgrades.create(SmartUpgradeDraft.planned(stations(1).getFirst(), YEAR));
		Grid<UpgradeItem> grid = openView();
		assertThat(GridKt._size(grid)).isEqualTo(1);

		GridKt._doubleClickItem(grid, 0, 0, false, false, false, false);
		MockVaadin.clientRoundtrip(false);
		assertThat(grid.getEditor().isOpen()).isTrue();
		Select<UpgradeStatus> status = cell(grid, "status");
		status.setValue(UpgradeStatus.COMPLETED);
		ShortcutsKt._fireShortcut(grid, Key.ENTER);

		DatePicker completion = cell(grid, "actualCompletion");
		assertThat(completion.isInvalid()).isTrue();
		assertThat(completion.getErrorMessage()).isEqualTo("完工须填写实际完工日期");
		assertThat(grid.getEditor().isOpen()).isTrue();
		assertThat(upgrades.get(row.id()).status()).isEqualTo(UpgradeStatus.PLANNED);

		completion.setValue(today.minusDays(1));
		ShortcutsKt._fireShortcut(grid, Key.ENTER);

		assertThat(grid.getEditor().isOpen()).isFalse();
		assertThat(upgrades.get(row.id()).status()).isEqualTo(UpgradeStatus.COMPLETED);
		assertThat(GridKt._get(grid, 0).getStatus()).isEqualTo(UpgradeStatus.COMPLETED);
		assertThat(upgrades.history(row.id()).getFirst().changedBy()).isEqualTo("planner");
	}

	@Test
	void escape_cancels_and_writes_nothing() {
		login("planner");
		SmartUpgradeRow row = upgrades.create(SmartUpgradeDraft.planned(stations(1).getFirst(), YEAR));
		Grid<UpgradeItem> grid = openView();
		GridKt._doubleClickItem(grid, 0, 0, false, false, false, false);
		MockVaadin.clientRoundtrip(false);
		TextField contractor = cell(grid, "contractor");
		contractor.setValue("不该保存的公司");
		ShortcutsKt._fireShortcut(grid, Key.ESCAPE);

		assertThat(grid.getEditor().isOpen()).isFalse();
		assertThat(upgrades.get(row.id()).values().contractor()).isNull();
	}

	@Test
	void a_save_that_lost_a_race_names_who_saved_first_and_overwrites_nothing() {
		login("planner");
		SmartUpgradeRow row = upgrades.create(SmartUpgradeDraft.planned(stations(1).getFirst(), YEAR));
		Grid<UpgradeItem> grid = openView();
		GridKt._doubleClickItem(grid, 0, 0, false, false, false, false);
		MockVaadin.clientRoundtrip(false);
		TextField contractor = cell(grid, "contractor");
		contractor.setValue("规划员填的公司");

		// meanwhile the admin saves the same row in another browser
		// (the change as the admin's save leaves it: another value, the next version, the
		// admin's name)
		jdbc.sql("""
				UPDATE smart_upgrade SET contractor = '管理员填的公司', version = version + 1, updated_by = 'admin',
				       updated_at = now()
				WHERE id = :id""").param("id", row.id()).update();
		ShortcutsKt._fireShortcut(grid, Key.ENTER);

		ConfirmDialog conflict = _get(ConfirmDialog.class, s -> s.withId("conflict-dialog"));
		assertThat(conflict.getElement().getProperty("message")).contains("admin");
		assertThat(upgrades.get(row.id()).values().contractor()).isEqualTo("管理员填的公司");
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_bulk_change_with_one_refused_row_writes_nothing_and_names_it() {
		login("planner");
		List<Long> ids = stations(2);
		upgrades.create(SmartUpgradeDraft.planned(ids.get(0), YEAR));
		upgrades.create(new SmartUpgradeDraft(ids.get(1), YEAR, Set.of(), null, null, null, null, today.minusDays(9),
				today.minusDays(5), UpgradeStatus.ACCEPTED, null, today.minusDays(2), null));
		Grid<UpgradeItem> grid = openView();
		grid.asMultiSelect().select(GridKt._fetch(grid, 0, 2));

		Select<UpgradeStatus> status = _get(Select.class, s -> s.withId("bulk-status"));
		status.setValue(UpgradeStatus.IN_PROGRESS);
		ButtonKt._click(_get(Button.class, s -> s.withId("bulk-apply")));

		Dialog refused = _get(Dialog.class, s -> s.withId("bulk-refused"));
		assertThat(refused.getHeaderTitle()).isEqualTo("1 行不能修改，全部未保存");
		assertThat(jdbc.sql("SELECT count(*) FROM smart_upgrade WHERE programme_year = :y AND status = 'IN_PROGRESS'")
			.param("y", YEAR)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void leaders_read_the_grid_but_cannot_open_a_row_or_change_in_bulk() {
		login("planner");
		upgrades.create(SmartUpgradeDraft.planned(stations(1).getFirst(), YEAR));
		login("leader");
		Grid<UpgradeItem> grid = openView();
		assertThat(GridKt._size(grid)).isEqualTo(1);
		GridKt._doubleClickItem(grid, 0, 0, false, false, false, false);
		MockVaadin.clientRoundtrip(false);
		assertThat(grid.getEditor().isOpen()).isFalse();
		_assertNone(Button.class, s -> s.withId("programme-add"));
		_assertNone(Dialog.class);
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_planner_adds_an_upgrade_by_picking_the_station_on_the_small_map() {
		login("planner");
		long station = stations(1).getFirst();
		openView();
		ButtonKt._click(_get(Button.class, s -> s.withId("programme-add")));
		PortalMap map = _get(PortalMap.class, s -> s.withId("add-map"));
		assertThat(map.layer("candidates").orElseThrow().features()).extracting(MapFeature::id)
			.contains(String.valueOf(station));

		ObjectNode detail = JsonNodeFactory.instance.objectNode();
		detail.put("event.detail.layer", "candidates");
		detail.put("event.detail.id", String.valueOf(station));
		detail.put("event.detail.lon", 114.32);
		detail.put("event.detail.lat", 29.85);
		BasicUtilsKt._fireDomEvent(map, "us-marker-click", detail);
		ComboBox<ProgrammeStation> combo = _get(ComboBox.class, s -> s.withId("add-station"));
		assertThat(combo.getValue().id()).isEqualTo(station);
		ButtonKt._click(_get(Button.class, s -> s.withId("add-save")));

		assertThat(jdbc.sql("SELECT count(*) FROM smart_upgrade WHERE programme_year = :y AND station_id = :s")
			.param("y", YEAR)
			.param("s", station)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
