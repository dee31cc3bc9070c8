package org.unionstations.portal.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.chart.ChartRenderer;
import org.unionstations.portal.chart.PortalChart;
import org.unionstations.portal.kpi.KpiBoard;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * The briefing printout as a reader sees it before printing: the title with the day, the
 * status counts and one table row per KPI as the service computes them, the progress
 * chart and a trend chart for each KPI behind its pace, all as SVG.
 */
@PortalIT
class KpiPrintViewIT extends KaribuViewTest {

	@Autowired
	KpiService kpis;

	@Test
	void the_printout_has_a_row_per_kpi_with_the_services_figures_and_the_status_counts() {
		login("leader");
		UI().navigate("kpi/print", QueryParameters.of("year", "2026"));
		KpiBoard board = kpis.board(2026, null);
		_assertNone(AppLayout.class);
		assertThat(_get(H1.class, s -> s.withId("kpi-print-title")).getText()).isEqualTo("2026年度目标完成情况");
		assertThat(_get(Button.class, s -> s.withId("kpi-print-button")).getText()).isEqualTo("打印");

		List<NativeTableRow> rows = _get(KpiPrintTable.class).getBody().getRows();
		assertThat(rows).hasSize(board.cards().size()).hasSize(20);
		assertThat(rows).extracting(r -> cell(r, 0))
			.containsExactlyElementsOf(board.cards().stream().map(c -> c.kpi().nameZh()).toList());

		KpiCard people = card(board, "PEOPLE_SERVED");
		NativeTableRow row = _get(NativeTableRow.class, s -> s.withId("kpi-print-row-PEOPLE_SERVED"));
		assertThat(cell(row, 1)).isEqualTo(String.format(Locale.US, "%,d 人次", people.kpi().target().longValue()));
		assertThat(cell(row, 2)).isEqualTo(String.format(Locale.US, "%,d 人次", people.actual().longValueExact()));
		assertThat(cell(row, 3)).isEqualTo(people.percent() + "%");
		assertThat(cell(row, 5)).isEqualTo(status(people.pace().status()));
		assertThat(row.getClassNames()).contains(KpiFormat.statusClass(people.pace().status()));

		// a level to keep: "全年保持不低于" before the target, no projection or reach day
		NativeTableRow files = _get(NativeTableRow.class, s -> s.withId("kpi-print-row-HARDSHIP_FILES"));
		assertThat(cell(files, 1)).isEqualTo("全年保持不低于 400 户");
		assertThat(cell(files, 7)).isEqualTo("–");
		assertThat(cell(files, 8)).isEqualTo("–");

		String counts = _get(Div.class, s -> s.withId("kpi-print-counts")).getElement().getTextRecursively();
		assertThat(counts).startsWith("共 20 项");
		for (PaceStatus status : PaceStatus.values()) {
			long n = board.cards().stream().filter(c -> c.pace().status() == status).count();
			if (n > 0) {
				assertThat(counts).contains(status(status) + " " + n);
			}
		}
	}

	@Test
	void the_progress_chart_and_a_trend_per_kpi_behind_its_pace_are_drawn_as_svg() {
		login("planner");
		UI().navigate("kpi/print", QueryParameters.of("year", "2026"));
		KpiBoard board = kpis.board(2026, null);
		List<KpiCard> behind = board.cards().stream().filter(c -> c.pace().status() == PaceStatus.BEHIND).toList();
		PortalChart progress = _get(PortalChart.class, s -> s.withId("kpi-print-progress"));
		assertThat(progress.getChart().orElseThrow().categories()).hasSize(20);
		List<PortalChart> charts = _find(PortalChart.class);
		assertThat(charts).hasSize(1 + behind.size()).allMatch(c -> c.getRenderer() == ChartRenderer.SVG);
		for (KpiCard card : behind) {
			Div trend = _get(Div.class, s -> s.withId("kpi-print-trend-" + card.kpi().code()));
			assertThat(trend.getElement().getTextRecursively()).startsWith(card.kpi().nameZh());
		}
	}

	@Test
	void a_past_day_prints_that_days_figures() {
		login("operator");
		UI().navigate("kpi/print", QueryParameters.simple(Map.of("year", "2026", "asOf", "2026-06-30")));
		assertThat(_get(Span.class, s -> s.withId("kpi-print-as-of")).getText()).isEqualTo("数据截至 2026年6月30日");
		NativeTableRow rooms = _get(NativeTableRow.class, s -> s.withId("kpi-print-row-MBR_NEW"));
		assertThat(cell(rooms, 2)).isEqualTo("4 个");
		assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("kpi-print-back")).getHref())
			.isEqualTo("kpi?year=2026&asOf=2026-06-30");
	}

	private static com.vaadin.flow.component.UI UI() {
		return com.vaadin.flow.component.UI.getCurrent();
	}

	private static String cell(NativeTableRow row, int column) {
		return row.getDataCell(column).orElseThrow().getElement().getTextRecursively();
	}

	private static KpiCard card(KpiBoard board, String code) {
		return board.cards().stream().filter(c -> c.kpi().code().equals(code)).findFirst().orElseThrow();
	}

	private String status(PaceStatus status) {
		return com.vaadin.flow.component.UI.getCurrent().getTranslation(KpiFormat.statusKey(status));
	}

}
