package org.unionstations.portal.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.KpiProgressService;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.ProgressDraft;
import org.unionstations.portal.kpi.ProgressRow;

/**
 * Progress entries as a planner keeps them: an added entry moves the figure shown above
 * the grid at once, a negative amount without the correction mark is refused at the
 * amount field, a deleted entry takes its amount back; the board's link selects its
 * entry; leaders read without any control to change. Each test's writes are rolled back.
 */
@Transactional
class KpiProgressViewIT extends KaribuViewTest {

	@Autowired
	KpiService kpis;

	@Autowired
	KpiProgressService progress;

	@SuppressWarnings("unchecked")
	Grid<ProgressRow> grid() {
		return _get(Grid.class, s -> s.withId("progress-grid"));
	}

	String shownFigure() {
		return _get(Span.class, s -> s.withId("progress-actual")).getText();
	}

	KpiDefinition warmth() {
		return kpis.catalogue(2026).stream().filter(k -> k.code().equals("WARMTH")).findFirst().orElseThrow();
	}

	String figure() {
		return String.format(java.util.Locale.US, "%,d 人次",
				kpis.detail(warmth().id(), null).card().actual().longValueExact());
	}

	void openWarmth() {
		UI.getCurrent().navigate("kpi/progress", QueryParameters.of("kpi", String.valueOf(warmth().id())));
	}

	@Test
	void an_added_entry_changes_the_figure_shown_above_the_grid() {
		login("planner");
		UI.getCurrent().navigate("kpi", QueryParameters.of("year", "2026"));
		ButtonKt._click(_get(Button.class, s -> s.withId("kpi-open-progress")));
		assertThat(_get(H2.class, s -> s.withId("kpi-progress-title")).getText()).isEqualTo("进度填报");
		openWarmth();
		String before = shownFigure();
		assertThat(before).isEqualTo(figure()).isEqualTo("6,240 人次");
		assertThat(_get(Span.class, s -> s.withId("progress-target")).getText()).isEqualTo("目标 6,000 人次");
		int rows = GridKt._size(grid());
		assertThat(rows).isEqualTo(progress.list(warmth().id()).size());

		ButtonKt._click(_get(Button.class, s -> s.withId("progress-add")));
		HasValueUtilsKt._setValue(_get(BigDecimalField.class, s -> s.withId("progress-amount")), new BigDecimal("60"));
		@SuppressWarnings("unchecked")
		ComboBox<DistrictRef> district = _get(ComboBox.class, s -> s.withId("progress-district"));
		DistrictRef xianan = district.getListDataView()
			.getItems()
			.filter(d -> d.code().equals("421202"))
			.findFirst()
			.orElseThrow();
		HasValueUtilsKt._setValue(district, xianan);
		HasValueUtilsKt._setValue(_get(TextArea.class, s -> s.withId("progress-note")), "12 月慰问");
		ButtonKt._click(_get(Button.class, s -> s.withId("progress-save")));

		assertThat(shownFigure()).isEqualTo("6,300 人次").isEqualTo(figure());
		assertThat(GridKt._size(grid())).isEqualTo(rows + 1);
		assertThat(GridKt._getFormatted(grid(), 0, "amount")).isEqualTo("60");
		assertThat(GridKt._getFormatted(grid(), 0, "district")).isEqualTo("咸安区");
		assertThat(GridKt._getFormatted(grid(), 0, "note")).isEqualTo("12 月慰问");
		assertThat(GridKt._getFormatted(grid(), 0, "updatedBy")).isEqualTo("planner");
		assertThat(GridKt._getFormatted(grid(), 0, "date")).isEqualTo(kpis.today().toString());
	}

	@Test
	void a_negative_amount_without_the_correction_mark_is_refused_at_the_amount_field() {
		login("planner");
		openWarmth();
		int rows = GridKt._size(grid());
		ButtonKt._click(_get(Button.class, s -> s.withId("progress-add")));
		BigDecimalField amount = _get(BigDecimalField.class, s -> s.withId("progress-amount"));
		HasValueUtilsKt._setValue(amount, new BigDecimal("-40"));
		ButtonKt._click(_get(Button.class, s -> s.withId("progress-save")));

		assertThat(amount.isInvalid()).isTrue();
		assertThat(amount.getErrorMessage()).isEqualTo("数量为负时必须标记为更正");
		assertThat(GridKt._size(grid())).isEqualTo(rows);
		assertThat(shownFigure()).isEqualTo("6,240 人次");

		HasValueUtilsKt._setValue(
				_get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("progress-correction")), true);
		ButtonKt._click(_get(Button.class, s -> s.withId("progress-save")));
		assertThat(shownFigure()).isEqualTo("6,200 人次");
		assertThat(GridKt._getFormatted(grid(), 0, "correction")).isEqualTo("更正");
	}

	@Test
	void a_deleted_entry_takes_its_amount_back_after_confirmation() {
		login("planner");
		ProgressRow added = progress
			.create(new ProgressDraft(warmth().id(), kpis.today(), new BigDecimal("15"), false, null, "待删除"));
		openWarmth();
		assertThat(shownFigure()).isEqualTo("6,255 人次");
		assertThat(GridKt._get(grid(), 0)).isEqualTo(added);
		assertThat(GridKt._getFormatted(grid(), 0, "district")).isEqualTo("市级");
		HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid(), 0, "actions");
		ButtonKt._click((Button) actions.getComponentAt(1));
		ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("progress-delete-confirm"));
		BasicUtilsKt._fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

		assertThat(shownFigure()).isEqualTo("6,240 人次");
		assertThat(progress.list(warmth().id())).doesNotContain(added);
	}

	@Test
	void the_boards_link_selects_its_entry_and_a_leader_reads_without_controls() {
		login("leader");
		List<ProgressRow> entries = progress.list(warmth().id());
		ProgressRow linked = entries.get(7);
		UI.getCurrent()
			.navigate("kpi/progress", QueryParameters
				.simple(Map.of("kpi", String.valueOf(warmth().id()), "entry", String.valueOf(linked.id()))));

		assertThat(grid().getSelectedItems()).containsExactly(linked);
		_assertNone(Button.class, s -> s.withId("progress-add"));
		_assertNone(Button.class, s -> s.withId("progress-import"));
		HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid(), 0, "actions");
		assertThat(actions.getComponentCount()).isEqualTo(1);
		assertThat(actions.getComponentAt(0).getElement().getClassList()).contains("history-button");
	}

}
