package org.unionstations.portal.e2e;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.unionstations.portal.chart.BoardCharts;
import org.unionstations.portal.chart.BoardCharts.BreakdownLabels;
import org.unionstations.portal.chart.BoardCharts.KpiProgress;
import org.unionstations.portal.chart.BoardCharts.MonthlyTrend;
import org.unionstations.portal.chart.BoardCharts.ProgressLabels;
import org.unionstations.portal.chart.BoardCharts.Share;
import org.unionstations.portal.chart.BoardCharts.TrendLabels;
import org.unionstations.portal.chart.ChartCategory;
import org.unionstations.portal.chart.ChartRenderer;
import org.unionstations.portal.chart.ChartSpec;
import org.unionstations.portal.chart.ChartTheme;
import org.unionstations.portal.chart.PortalChart;
import org.unionstations.portal.chart.ProgressStatus;
import org.unionstations.portal.chart.ValueFormat;

/**
 * A page for the browser test of {@code <us-chart>} only (it lives under src/test, so it
 * never ships): the three board charts from fixed figures, one KPI named like an attack,
 * {@code ?theme=dark} and {@code ?renderer=svg}; the last category click the server
 * received is shown in {@code #chart-click}, the version of the last breakdown the server
 * heard drawn in {@code #chart-rendered}; {@code #chart-update} sends a new breakdown.
 */
@Route("test/charts")
@PageTitle("us-chart test page")
@PermitAll
class ChartTestView extends Div implements BeforeEnterObserver {

	static final String HOSTILE = "<img src=x onerror=alert(1)>";

	private final Span lastClick = new Span("-");

	private final Span rendered = new Span("0");

	private final PortalChart progress = new PortalChart();

	private final PortalChart trend = new PortalChart();

	private final PortalChart breakdown = new PortalChart();

	ChartTestView() {
		lastClick.setId("chart-click");
		rendered.setId("chart-rendered");
		progress.setId("chart-progress");
		trend.setId("chart-trend");
		breakdown.setId("chart-breakdown");
		getStyle().set("display", "grid")
			.set("grid-template-columns", "1fr 1fr")
			.set("grid-template-rows", "auto 1fr 1fr")
			.set("gap", "12px")
			.set("padding", "12px")
			.set("box-sizing", "border-box")
			.set("height", "100%");
		Button update = new Button("update", e -> breakdown.setChart(districts(3)));
		update.setId("chart-update");
		Div header = new Div(lastClick, new Span(" · "), rendered, update);
		header.getStyle()
			.set("grid-column", "1 / 3")
			.set("display", "flex")
			.set("gap", "8px")
			.set("align-items", "center");
		breakdown.addRenderedListener(e -> rendered.setText(String.valueOf(e.getVersion())));
		breakdown.getStyle().set("grid-column", "1 / 3");
		for (PortalChart chart : List.of(progress, trend, breakdown)) {
			chart.setHeight("100%");
			chart.addCategoryClickListener(e -> lastClick
				.setText(e.getCategoryIndex() + "|" + e.getCategoryKey() + "|" + e.getSeriesKey().orElse("")));
		}
		add(header, progress, trend, breakdown);

		progress.setChart(BoardCharts.progress(
				List.of(new KpiProgress("stations", "新建驿站", 112.5, 75, ProgressStatus.AHEAD),
						new KpiProgress("hostile", HOSTILE, 72, 75, ProgressStatus.ON_TRACK),
						new KpiProgress("legal", "法律服务站点", 41.3, 75, ProgressStatus.BEHIND),
						new KpiProgress("flagship", "旗舰站", 50, 75, ProgressStatus.BEHIND)),
				new ProgressLabels("完成率", "应达进度", "目标")));

		List<ChartCategory> months = IntStream.rangeClosed(1, 12)
			.mapToObj(m -> new ChartCategory(String.valueOf(m), m + "月"))
			.toList();
		List<Double> actual = Arrays.asList(4.0, 9.0, 15.0, 22.0, 27.0, 35.0, 41.0, 46.0, null, null, null, null);
		List<Double> pace = IntStream.rangeClosed(1, 12).mapToObj(m -> 6.0 * m).toList();
		List<Double> projection = Arrays.asList(null, null, null, null, null, null, null, null, 51.8, 57.5, 63.3, 69.0);
		trend.setChart(BoardCharts.trend(new MonthlyTrend(months, actual, pace, projection, 72.0),
				new TrendLabels("累计完成", "进度线", "预测", "年度目标"), ValueFormat.INTEGER, "个"));

		breakdown.setChart(districts(0));
	}

	/**
	 * The district breakdown, every actual raised by {@code more} (the update button).
	 */
	private static ChartSpec districts(int more) {
		return BoardCharts.breakdown(
				List.of(new Share("421202", "咸安区", 14 + more, 16.0), new Share("421221", "嘉鱼县", 6 + more, 8.0),
						new Share("421222", "通城县", 5 + more, 8.0), new Share("421223", "崇阳县", 7 + more, 8.0),
						new Share("421224", "通山县", 4 + more, 8.0), new Share("421281", "赤壁市", 10 + more, 12.0)),
				new BreakdownLabels("已完成", "区县目标"), ValueFormat.INTEGER, "个");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters();
		boolean dark = parameters.getSingleParameter("theme").filter("dark"::equals).isPresent();
		boolean svg = parameters.getSingleParameter("renderer").filter("svg"::equals).isPresent();
		getStyle().set("background", dark ? "#0b1426" : "#fff").set("color", dark ? "#eee" : "inherit");
		for (PortalChart chart : List.of(progress, trend, breakdown)) {
			chart.setTheme(dark ? ChartTheme.DARK : ChartTheme.LIGHT);
			chart.setRenderer(svg ? ChartRenderer.SVG : ChartRenderer.CANVAS);
		}
	}

}
