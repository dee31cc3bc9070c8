package org.unionstations.portal.kpi.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.unionstations.portal.base.ClockConfig;
import org.unionstations.portal.chart.ChartRenderer;
import org.unionstations.portal.chart.ChartSpec;
import org.unionstations.portal.chart.PortalChart;
import org.unionstations.portal.kpi.KpiBoard;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiDetail;
import org.unionstations.portal.kpi.KpiDirection;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * The board on paper for the monthly briefing (打印版, {@code kpi/print?year=&asOf=}): A4
 * landscape, the status counts, one table row per KPI, the progress chart and a small
 * trend chart for each KPI behind its pace; charts drawn as SVG so they print sharp. On
 * screen it looks like the sheet it prints, with a print button above it that the print
 * leaves out.
 */
@Route(value = "kpi/print", autoLayout = false)
@PermitAll
@StyleSheet("kpi.css")
@StyleSheet("kpi-print.css")
class KpiPrintView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final KpiService kpis;

	private final Div sheet = new Div();

	private final Anchor back = new Anchor();

	private String title = "";

	KpiPrintView(KpiService kpis) {
		this.kpis = kpis;
		addClassName("kpi-print");
		Button print = new Button(getTranslation("kpi.print.button"), VaadinIcon.PRINT.create());
		print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		print.setId("kpi-print-button");
		// straight in the browser: the print dialog opens without a round trip
		print.getElement().executeJs("this.addEventListener('click', () => window.print())");
		back.setText(getTranslation("kpi.detail.back"));
		back.setId("kpi-print-back");
		Span hint = new Span(getTranslation("kpi.print.hint"));
		hint.addClassName("kpi-print-hint");
		Div toolbar = new Div(print, back, hint);
		toolbar.addClassName("kpi-print-toolbar");
		sheet.addClassName("kpi-print-sheet");
		sheet.setId("kpi-print-sheet");
		add(toolbar, sheet);
	}

	@Override
	public String getPageTitle() {
		return title;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var params = event.getLocation().getQueryParameters();
		List<Integer> years = kpis.years();
		int today = kpis.today().getYear();
		Integer year = params.getSingleParameter("year")
			.flatMap(KpiPrintView::parseInt)
			.filter(years::contains)
			.or(() -> Optional.of(today).filter(years::contains))
			.or(() -> years.stream().findFirst())
			.orElse(null);
		LocalDate asOf = params.getSingleParameter("asOf").flatMap(KpiPrintView::parseDate).orElse(null);
		sheet.removeAll();
		back.setHref(year == null ? "kpi" : "kpi?year=" + year + (asOf == null ? "" : "&asOf=" + asOf));
		if (year == null) {
			title = getTranslation("kpi.print.page-title");
			sheet.add(new Span(getTranslation("kpi.board.empty")));
			return;
		}
		KpiBoard board = kpis.board(year, asOf);
		title = getTranslation("kpi.print.title", String.valueOf(year));
		show(board);
	}

	private void show(KpiBoard board) {
		KpiFormat format = new KpiFormat(getLocale());
		H1 heading = new H1(title);
		heading.setId("kpi-print-title");
		Span asOf = new Span(getTranslation("kpi.board.as-of-note", format.date(board.asOf())));
		asOf.setId("kpi-print-as-of");
		Span printed = new Span(getTranslation("kpi.print.printed",
				PRINTED.format(board.computedAt().atZone(ClockConfig.ZONE).toLocalDateTime())));
		Div subtitle = new Div(asOf, printed);
		subtitle.addClassName("kpi-print-subtitle");
		Div head = new Div(heading, subtitle);
		head.addClassName("kpi-print-head");
		sheet.add(head, counts(board), new KpiPrintTable(board.cards(), format));

		H2 progressTitle = new H2(getTranslation("kpi.board.chart-title"));
		PortalChart progress = chart(KpiCharts.progress(board.cards(), getLocale(), this::getTranslation));
		progress.setId("kpi-print-progress");
		progress.addClassName("kpi-print-progress-chart");
		progress.getStyle().set("--kpi-print-rows", String.valueOf(board.cards().size()));
		Div progressSection = new Div(progressTitle, progress);
		progressSection.addClassName("kpi-print-progress");
		sheet.add(progressSection);

		List<KpiCard> behind = board.cards().stream().filter(c -> c.pace().status() == PaceStatus.BEHIND).toList();
		if (!behind.isEmpty()) {
			H2 behindTitle = new H2(getTranslation("kpi.print.behind", behind.size()));
			Div trends = new Div();
			trends.addClassName("kpi-print-trends");
			for (KpiCard card : behind) {
				trends.add(trend(kpis.detail(card.kpi().id(), board.asOf()), format));
			}
			Div behindSection = new Div(behindTitle, trends);
			behindSection.addClassName("kpi-print-behind");
			behindSection.setId("kpi-print-behind");
			sheet.add(behindSection);
		}
	}

	private Div counts(KpiBoard board) {
		Map<PaceStatus, Integer> counts = KpiWallOverview.counts(board);
		Div chips = new Div();
		chips.addClassName("kpi-print-counts");
		chips.setId("kpi-print-counts");
		chips.add(new Span(getTranslation("kpi.print.total", board.cards().size())));
		for (PaceStatus status : PaceStatus.values()) {
			Integer n = counts.get(status);
			if (n != null) {
				Span chip = new Span(getTranslation(KpiFormat.statusKey(status)) + " " + n);
				chip.addClassNames("kpi-chip", KpiFormat.statusClass(status));
				chip.setId("kpi-print-count-" + KpiFormat.statusClass(status).substring("kpi-status-".length()));
				chips.add(chip);
			}
		}
		return chips;
	}

	/** A behind KPI's months, small, with its figure against the pace above. */
	private Div trend(KpiDetail detail, KpiFormat format) {
		KpiCard card = detail.card();
		H3 name = new H3(card.kpi().name(getLocale()));
		Span figures = new Span(getTranslation(
				card.kpi().direction() == KpiDirection.AT_MOST ? "kpi.print.trend-figures-over"
						: "kpi.print.trend-figures",
				format.value(card, card.actual()), format.value(card, card.pace().expected()),
				format.value(card, card.pace().shortfall())));
		figures.addClassName("kpi-print-trend-figures");
		PortalChart chart = chart(KpiCharts.trend(detail, getLocale(), this::getTranslation));
		chart.addClassName("kpi-print-trend-chart");
		Div box = new Div(name, figures, chart);
		box.addClassName("kpi-print-trend");
		box.setId("kpi-print-trend-" + card.kpi().code());
		return box;
	}

	/**
	 * Light, SVG (sharp on paper), no animation (a print never catches a chart half
	 * drawn).
	 */
	private static PortalChart chart(ChartSpec spec) {
		PortalChart chart = new PortalChart();
		chart.setRenderer(ChartRenderer.SVG);
		chart.setAnimation(false);
		chart.setHeight(null);
		chart.setChart(spec);
		return chart;
	}

	private static Optional<Integer> parseInt(String text) {
		try {
			return Optional.of(Integer.parseInt(text.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> parseDate(String text) {
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
