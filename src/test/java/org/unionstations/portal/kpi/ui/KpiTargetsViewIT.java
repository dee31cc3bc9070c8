package org.unionstations.portal.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.audit.ui.HistoryGrid;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.KpiSource;
import org.unionstations.portal.kpi.KpiTargetDraft;
import org.unionstations.portal.kpi.KpiTargetService;

/**
 * The targets page as planners, leaders and operators meet it: a planner edits a target
 * and a district split in the dialog and finds both stored and in the history; the
 * service's problems show at their fields; a new KPI and the next year's catalogue are
 * set up from the page; leaders read without any control to change; operators cannot open
 * it. Each test's writes are rolled back.
 */
@Transactional
class KpiTargetsViewIT extends KaribuViewTest {

	@Autowired
	KpiService kpis;

	@Autowired
	KpiTargetService targets;

	@Autowired
	DistrictService districts;

	@SuppressWarnings("unchecked")
	Grid<KpiDefinition> grid() {
		return _get(Grid.class, s -> s.withId("kpi-target-grid"));
	}

	int row(String code) {
		List<KpiDefinition> rows = GridKt._fetch(grid(), 0, GridKt._size(grid()));
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).code().equals(code)) {
				return i;
			}
		}
		throw new AssertionError(code + " not in the grid");
	}

	Button action(String code, int index) {
		HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid(), row(code), "actions");
		return (Button) actions.getComponentAt(index);
	}

	BigDecimalField number(String id) {
		return _get(BigDecimalField.class, s -> s.withId(id));
	}

	KpiDefinition definition(int year, String code) {
		return kpis.catalogue(year).stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void a_planner_edits_a_target_and_a_district_split_and_finds_both_stored_and_in_the_history() {
		login("planner");
		UI.getCurrent().navigate("kpi", QueryParameters.of("year", "2026"));
		ButtonKt._click(_get(Button.class, s -> s.withId("kpi-open-targets")));
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(KpiTargetsView.class);
		assertThat(_get(H2.class, s -> s.withId("kpi-targets-title")).getText()).isEqualTo("目标设置");
		assertThat(GridKt._size(grid())).isEqualTo(20);
		int warmth = row("WARMTH");
		assertThat(GridKt._getFormatted(grid(), warmth, "source")).isEqualTo("人工填报");
		assertThat(GridKt._getFormatted(grid(), warmth, "direction")).isEqualTo("不低于（逐步完成）");
		assertThat(GridKt._getFormatted(grid(), warmth, "target")).isEqualTo("6,000");
		assertThat(GridKt._getFormatted(grid(), warmth, "split")).isEqualTo("否");
		assertThat(GridKt._getFormatted(grid(), row("MUTUAL_AID"), "profile")).isEqualTo("是");

		ButtonKt._click(action("WARMTH", 0));
		assertThat(number("target-value").getValue()).isEqualByComparingTo("6000");
		assertThat(_get(Span.class, s -> s.withId("target-split-sum")).getText()).isEqualTo("未分解到区县");
		HasValueUtilsKt._setValue(number("target-value"), new BigDecimal("6500"));
		HasValueUtilsKt._setValue(number("target-split-421202"), new BigDecimal("2000"));
		HasValueUtilsKt._setValue(number("target-split-421281"), new BigDecimal("1500"));
		assertThat(_get(Span.class, s -> s.withId("target-split-sum")).getText())
			.isEqualTo("分解合计 3,500 人次，比目标 6,500 人次 少 3,000 人次");
		ButtonKt._click(_get(Button.class, s -> s.withId("target-save")));

		_assertNone(Button.class, s -> s.withId("target-save"));
		KpiDefinition stored = definition(2026, "WARMTH");
		assertThat(stored.target()).isEqualByComparingTo("6500");
		DistrictRef xianan = district("421202");
		assertThat(stored.districtTargets()).hasSize(2);
		assertThat(stored.districtTargets().get(xianan.id())).isEqualByComparingTo("2000");
		assertThat(GridKt._getFormatted(grid(), warmth, "target")).isEqualTo("6,500");
		assertThat(GridKt._getFormatted(grid(), warmth, "split")).isEqualTo("是");

		ButtonKt._click(action("WARMTH", 1));
		List<HistoryGrid.Line> lines = _get(HistoryGrid.class, s -> s.withId("kpi-history")).lines();
		assertThat(lines).allSatisfy(l -> assertThat(l.who()).isEqualTo("planner"));
		assertThat(lines).anySatisfy(l -> {
			assertThat(l.field()).isEqualTo("目标值");
			assertThat(l.oldValue()).isEqualTo("6000");
			assertThat(l.newValue()).isEqualTo("6500");
		});
		assertThat(lines).anySatisfy(l -> {
			assertThat(l.field()).isEqualTo("区县分解");
			assertThat(l.newValue()).contains("咸安区 2000", "赤壁市 1500");
		});
	}

	@Test
	void the_services_problems_show_at_their_fields_and_nothing_is_stored() {
		login("admin");
		UI.getCurrent().navigate("kpi/targets");
		ButtonKt._click(action("WARMTH", 0));
		HasValueUtilsKt._setValue(number("target-value"), new BigDecimal("6000.125"));
		HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withId("target-even")), false);
		for (int m = 1; m <= 12; m++) {
			HasValueUtilsKt._setValue(number("target-month-" + m), BigDecimal.ZERO);
		}
		ButtonKt._click(_get(Button.class, s -> s.withId("target-save")));

		assertThat(number("target-value").isInvalid()).isTrue();
		assertThat(number("target-value").getErrorMessage()).isEqualTo("最多两位小数");
		assertThat(number("target-month-1").getErrorMessage()).isEqualTo("季节分布需要 12 个不小于 0 的月度权重，且不能全为 0");
		assertThat(number("target-month-7").isInvalid()).isTrue();
		KpiDefinition stored = definition(2026, "WARMTH");
		assertThat(stored.target()).isEqualByComparingTo("6000");
		assertThat(stored.monthlyProfile()).isNull();
	}

	@Test
	void a_leader_reads_the_targets_without_any_control_to_change_them_and_the_service_refuses() {
		login("leader");
		UI.getCurrent().navigate("kpi", QueryParameters.of("year", "2026"));
		_assertNone(Button.class, s -> s.withId("kpi-open-targets"));
		_assertNone(Button.class, s -> s.withId("kpi-open-progress"));

		UI.getCurrent().navigate("kpi/targets");
		assertThat(GridKt._size(grid())).isEqualTo(20);
		_assertNone(Button.class, s -> s.withId("kpi-new"));
		_assertNone(Button.class, s -> s.withId("kpi-copy-next"));
		ButtonKt._click(action("MUTUAL_AID", 0));
		assertThat(number("target-value").isReadOnly()).isTrue();
		assertThat(number("target-month-1").getValue()).isEqualByComparingTo("30");
		assertThat(number("target-split-421202").getValue()).isEqualByComparingTo("30000");
		_assertNone(Button.class, s -> s.withId("target-save"));

		KpiDefinition kpi = definition(2026, "MUTUAL_AID");
		assertThatThrownBy(() -> targets.update(kpi.id(), kpi.version(),
				new KpiTargetDraft(BigDecimal.ONE, kpi.direction(), null, null, Map.of())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void operators_cannot_open_the_targets() {
		login("operator");
		UI.getCurrent().navigate("kpi/targets");
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
	}

	@Test
	void a_planner_adds_a_kpi_and_a_taken_code_is_named_at_the_code_field() {
		login("planner");
		UI.getCurrent().navigate("kpi/targets", QueryParameters.of("year", "2026"));
		ButtonKt._click(_get(Button.class, s -> s.withId("kpi-new")));
		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("new-code")), "WARMTH");
		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("new-nameZh")), "职工书屋借阅");
		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("new-nameEn")), "Union library loans");
		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("new-unitZh")), "册");
		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("new-unitEn")), "books");
		HasValueUtilsKt._setValue(number("new-target"), new BigDecimal("1200"));
		ButtonKt._click(_get(Button.class, s -> s.withId("new-save")));
		TextField code = _get(TextField.class, s -> s.withId("new-code"));
		assertThat(code.isInvalid()).isTrue();
		assertThat(code.getErrorMessage()).isEqualTo("2026 年已经有代码为 WARMTH 的指标");

		HasValueUtilsKt._setValue(code, "library_loans");
		@SuppressWarnings("unchecked")
		Select<KpiSource> source = _get(Select.class, s -> s.withId("new-source"));
		HasValueUtilsKt._setValue(source, KpiSource.REPORTED);
		ButtonKt._click(_get(Button.class, s -> s.withId("new-save")));

		assertThat(GridKt._size(grid())).isEqualTo(21);
		assertThat(GridKt._getFormatted(grid(), 20, "name")).isEqualTo("职工书屋借阅");
		assertThat(definition(2026, "LIBRARY_LOANS").unitZh()).isEqualTo("册");
	}

	@Test
	void copying_to_the_next_year_sets_it_up_and_shows_it() {
		login("planner");
		UI.getCurrent().navigate("kpi/targets", QueryParameters.of("year", "2026"));
		Button copy = _get(Button.class, s -> s.withId("kpi-copy-next"));
		assertThat(copy.isEnabled()).isTrue();
		ButtonKt._click(copy);
		ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("kpi-copy-confirm"));
		BasicUtilsKt._fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

		@SuppressWarnings("unchecked")
		Select<Integer> year = _get(Select.class, s -> s.withId("kpi-targets-year"));
		assertThat(year.getValue()).isEqualTo(2027);
		assertThat(GridKt._size(grid())).isEqualTo(20);
		assertThat(GridKt._getFormatted(grid(), row("WARMTH"), "lastYearActual")).isEqualTo("6,240");
		assertThat(GridKt._getFormatted(grid(), row("MUTUAL_AID"), "profile")).isEqualTo("是");

		HasValueUtilsKt._setValue(year, 2026);
		assertThat(_get(Button.class, s -> s.withId("kpi-copy-next")).isEnabled()).isFalse();
	}

	private DistrictRef district(String code) {
		return districts.list().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
	}

}
