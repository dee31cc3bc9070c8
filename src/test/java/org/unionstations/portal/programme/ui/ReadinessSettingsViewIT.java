package org.unionstations.portal.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.audit.ui.HistoryGrid;
import org.unionstations.portal.programme.FlagshipCriterion;
import org.unionstations.portal.programme.Readiness;
import org.unionstations.portal.programme.ReadinessPolicy;
import org.unionstations.portal.programme.ReadinessService;

/**
 * The readiness criteria page reached from the flagship grid: an admin's weight changes
 * every row's score as the formula says, planners read but cannot save, bad input is
 * shown at its field, a stale save is refused with who saved first.
 */
class ReadinessSettingsViewIT extends KaribuViewTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReadinessService readiness;

	/** The seeded rules back, as an admin, whatever a test changed. */
	@AfterEach
	void restoreSeededRules() {
		login("admin");
		Map<FlagshipCriterion, Integer> weights = Map.of(FlagshipCriterion.SERVICES_OFFERED, 20,
				FlagshipCriterion.HOURS_PER_WEEK, 15, FlagshipCriterion.PEOPLE_PER_MONTH, 25,
				FlagshipCriterion.LEGAL_SERVICE_ACTIVE, 15, FlagshipCriterion.SMART_UPGRADE_ACCEPTED, 10,
				FlagshipCriterion.ACTIVITIES_THIS_YEAR, 15);
		Map<FlagshipCriterion, BigDecimal> targets = Map.of(FlagshipCriterion.SERVICES_OFFERED, BigDecimal.valueOf(6),
				FlagshipCriterion.HOURS_PER_WEEK, BigDecimal.valueOf(60), FlagshipCriterion.PEOPLE_PER_MONTH,
				BigDecimal.valueOf(300), FlagshipCriterion.LEGAL_SERVICE_ACTIVE, BigDecimal.ONE,
				FlagshipCriterion.SMART_UPGRADE_ACCEPTED, BigDecimal.ONE, FlagshipCriterion.ACTIVITIES_THIS_YEAR,
				BigDecimal.valueOf(24));
		ReadinessPolicy now = readiness.policy();
		readiness.updatePolicy(new ReadinessPolicy(BigDecimal.valueOf(80), now.version(),
				now.settings()
					.stream()
					.map(s -> new ReadinessPolicy.Setting(s.criterion(), weights.get(s.criterion()),
							targets.get(s.criterion()), s.version()))
					.toList()));
	}

	@SuppressWarnings("unchecked")
	List<FlagshipItem> flagshipRows() {
		Grid<FlagshipItem> grid = _get(Grid.class, s -> s.withId("programme-grid"));
		return GridKt._fetch(grid, 0, GridKt._size(grid));
	}

	@SuppressWarnings("unchecked")
	String shownScore(int row) {
		Grid<FlagshipItem> grid = _get(Grid.class, s -> s.withId("programme-grid"));
		return ((Button) GridKt._getCellComponent(grid, row, "readiness")).getText();
	}

	IntegerField weight(FlagshipCriterion c) {
		return _get(IntegerField.class, s -> s.withId("weight-" + c.name()));
	}

	BigDecimalField target(FlagshipCriterion c) {
		return _get(BigDecimalField.class, s -> s.withId("target-" + c.name()));
	}

	void save() {
		ButtonKt._click(_get(Button.class, s -> s.withId("readiness-save")));
	}

	@Test
	void an_admin_weights_activities_higher_and_every_flagship_score_follows_the_formula() {
		login("admin");
		UI.getCurrent().navigate(FlagshipView.class);
		List<FlagshipItem> before = flagshipRows();
		assertThat(before).isNotEmpty();

		ButtonKt._click(_get(Button.class, s -> s.withId("readiness-settings")));
		assertThat(_get(H2.class, s -> s.withId("readiness-title")).getText()).isEqualTo("达标标准");
		assertThat(weight(FlagshipCriterion.ACTIVITIES_THIS_YEAR).getValue()).isEqualTo(15);
		weight(FlagshipCriterion.ACTIVITIES_THIS_YEAR).setValue(60);
		save();
		assertThat(jdbc.sql("SELECT weight FROM flagship_criterion WHERE criterion = 'ACTIVITIES_THIS_YEAR'")
			.query(Integer.class)
			.single()).isEqualTo(60);
		HistoryGrid.Line change = _get(HistoryGrid.class, s -> s.withId("readiness-history")).lines().getFirst();
		assertThat(change.who()).isEqualTo("admin");
		assertThat(change.field()).isEqualTo("本年活动场次：权重");
		assertThat(change.oldValue()).isEqualTo("15");
		assertThat(change.newValue()).isEqualTo("60");

		ButtonKt._click(_get(Button.class, s -> s.withId("readiness-back")));
		List<FlagshipItem> after = flagshipRows();
		Map<FlagshipCriterion, Integer> weights = new EnumMap<>(
				Map.of(FlagshipCriterion.SERVICES_OFFERED, 20, FlagshipCriterion.HOURS_PER_WEEK, 15,
						FlagshipCriterion.PEOPLE_PER_MONTH, 25, FlagshipCriterion.LEGAL_SERVICE_ACTIVE, 15,
						FlagshipCriterion.SMART_UPGRADE_ACCEPTED, 10, FlagshipCriterion.ACTIVITIES_THIS_YEAR, 60));
		boolean anyChanged = false;
		for (int i = 0; i < after.size(); i++) {
			Readiness r = after.get(i).row().readiness();
			double points = 0;
			for (Readiness.Criterion c : r.criteria()) {
				points += weights.get(c.criterion()) * Math.min(1.0, c.value() / c.target());
			}
			BigDecimal expected = BigDecimal.valueOf(points * 100 / 145).setScale(1, RoundingMode.HALF_UP);
			assertThat(shownScore(i)).as(after.get(i).row().station().name()).isEqualTo(expected.toPlainString());
			anyChanged |= !shownScore(i).equals(before.get(i).row().readiness().score().toPlainString());
		}
		assertThat(anyChanged).as("some score moved").isTrue();
	}

	@Test
	void a_planner_reads_the_rules_but_cannot_save_them() {
		login("planner");
		UI.getCurrent().navigate(FlagshipView.class);
		ButtonKt._click(_get(Button.class, s -> s.withId("readiness-settings")));
		assertThat(weight(FlagshipCriterion.PEOPLE_PER_MONTH).getValue()).isEqualTo(25);
		assertThat(weight(FlagshipCriterion.PEOPLE_PER_MONTH).isReadOnly()).isTrue();
		assertThat(target(FlagshipCriterion.PEOPLE_PER_MONTH).isReadOnly()).isTrue();
		_assertNone(Button.class, s -> s.withId("readiness-save"));
		assertThatThrownBy(() -> readiness.updatePolicy(readiness.policy())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void operators_have_no_way_to_the_rules() {
		login("operator");
		UI.getCurrent().navigate(FlagshipView.class);
		_assertNone(Button.class, s -> s.withId("readiness-settings"));
		UI.getCurrent().navigate(ReadinessSettingsView.class);
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
	}

	@Test
	void bad_input_is_shown_at_its_field_and_nothing_is_saved() {
		login("admin");
		UI.getCurrent().navigate(ReadinessSettingsView.class);
		target(FlagshipCriterion.HOURS_PER_WEEK).setValue(BigDecimal.ZERO);
		save();
		assertThat(target(FlagshipCriterion.HOURS_PER_WEEK).isInvalid()).isTrue();
		assertThat(target(FlagshipCriterion.HOURS_PER_WEEK).getErrorMessage()).isEqualTo("目标值须大于 0");
		assertThat(jdbc.sql("SELECT target FROM flagship_criterion WHERE criterion = 'HOURS_PER_WEEK'")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("60");

		// weights that are all zero pass each field but not the service: shown at each
		target(FlagshipCriterion.HOURS_PER_WEEK).setValue(BigDecimal.valueOf(60));
		for (FlagshipCriterion c : FlagshipCriterion.values()) {
			weight(c).setValue(0);
		}
		save();
		assertThat(weight(FlagshipCriterion.SERVICES_OFFERED).isInvalid()).isTrue();
		assertThat(weight(FlagshipCriterion.SERVICES_OFFERED).getErrorMessage()).isEqualTo("至少一项指标的权重须大于 0");
		assertThat(jdbc.sql("SELECT sum(weight) FROM flagship_criterion").query(Integer.class).single()).isEqualTo(100);
	}

	@Test
	void a_save_based_on_outdated_rules_is_refused_naming_who_saved_first() {
		login("admin");
		UI.getCurrent().navigate(ReadinessSettingsView.class);
		// someone else raises the threshold meanwhile
		ReadinessPolicy read = readiness.policy();
		readiness.updatePolicy(new ReadinessPolicy(BigDecimal.valueOf(85), read.version(), read.settings()));

		weight(FlagshipCriterion.SERVICES_OFFERED).setValue(30);
		save();
		ConfirmDialog conflict = _get(ConfirmDialog.class, s -> s.withId("conflict-dialog"));
		assertThat(jdbc.sql("SELECT weight FROM flagship_criterion WHERE criterion = 'SERVICES_OFFERED'")
			.query(Integer.class)
			.single()).isEqualTo(20);
		BasicUtilsKt._fireEvent(conflict, new ConfirmDialog.ConfirmEvent(conflict, true));
		assertThat(_get(BigDecimalField.class, s -> s.withId("readiness-threshold")).getValue())
			.isEqualByComparingTo("85");
		assertThat(weight(FlagshipCriterion.SERVICES_OFFERED).getValue()).isEqualTo(20);
	}

}
