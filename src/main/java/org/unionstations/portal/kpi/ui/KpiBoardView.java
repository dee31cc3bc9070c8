package org.unionstations.portal.kpi.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.kpi.KpiBoard;
import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.chart.ChartSpec;
import org.unionstations.portal.chart.PortalChart;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiExportService;
import org.unionstations.portal.kpi.KpiLiveUpdates;
import org.unionstations.portal.kpi.KpiPushTimings;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.KpiTargetService;
import org.unionstations.portal.kpi.KpiUpdate;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * The leadership board (年度目标看板): a card per KPI of the year with its figure, pace and
 * projection, as of today or any past day; live: a report, programme change or progress
 * entry saved anywhere redraws it at once and marks the cards whose figures moved.
 */
@Route("kpi")
@Menu(order = 1, icon = "vaadin:dashboard", title = "nav.kpi")
@PermitAll
@StyleSheet("kpi.css")
class KpiBoardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final KpiService kpis;

	private final KpiLiveUpdates live;

	private final KpiPushTimings timings;

	private final Select<Integer> year = new Select<>();

	private final DatePicker asOf = new DatePicker();

	private final Span asOfNote = new Span();

	private final Div summary = new Div();

	private final Div cards = new Div();

	private final PortalChart progress = new PortalChart();

	private final Anchor wall = new Anchor("kpi/wall", "");

	private final Anchor print = new Anchor("kpi/print", "");

	/** The cards shown, in catalogue order, by KPI code. */
	private final Map<String, KpiCardView> shown = new LinkedHashMap<>();

	private @Nullable Map<PaceStatus, Integer> shownCounts;

	private @Nullable ChartSpec shownChart;

	private @Nullable Runnable unsubscribe;

	KpiBoardView(KpiService kpis, KpiLiveUpdates live, KpiPushTimings timings, KpiExportService export,
			KpiTargetService targets) {
		this.kpis = kpis;
		this.live = live;
		this.timings = timings;
		addClassName("kpi-board");
		setSizeFull();

		year.setItems(kpis.years());
		KpiPageParts.yearSelect(year, "kpi-year");
		asOf.setLabel(getTranslation("kpi.board.as-of"));
		asOf.setId("kpi-as-of");
		asOf.setMax(kpis.today());
		asOf.setClearButtonVisible(true);
		asOf.setPlaceholder(getTranslation("kpi.board.today"));
		asOfNote.addClassName("kpi-as-of-note");
		asOfNote.setId("kpi-as-of-note");
		wall.setText(getTranslation("kpi.board.wall"));
		wall.setId("kpi-wall-link");
		print.setText(getTranslation("kpi.board.print"));
		print.setId("kpi-print-link");
		print.setTarget("_blank");
		HorizontalLayout controls = new HorizontalLayout(year, asOf, asOfNote, exportLink(export), print, wall);
		controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		controls.setWrap(true);
		HorizontalLayout header = new HorizontalLayout(controls);
		if (targets.canEdit()) {
			header.add(editLinks());
		}
		header.setWidthFull();
		header.setWrap(true);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		summary.addClassName("kpi-summary");
		summary.setId("kpi-summary");
		cards.addClassName("kpi-cards");
		cards.setId("kpi-cards");
		progress.setId("kpi-progress-chart");
		progress.setWidthFull();
		progress.setHeight("560px");
		progress.addCategoryClickListener(e -> {
			KpiCardView view = shown.get(e.getCategoryKey());
			if (view != null) {
				open(view.card());
			}
		});
		H3 chartTitle = new H3(getTranslation("kpi.board.chart-title"));
		chartTitle.addClassName("kpi-section-title");
		add(header, summary, cards, chartTitle, progress);

		year.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				asOf.clear();
				refresh(false);
				updateAddress();
			}
		});
		asOf.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				refresh(false);
				updateAddress();
			}
		});
	}

	/** The board as shown (year, day) as a workbook for the monthly briefing. */
	private Anchor exportLink(KpiExportService export) {
		DownloadHandler handler = event -> {
			// downloads run outside the session lock: read the view's state under it
			Object[] shown = new Object[2];
			event.getUI().accessSynchronously(() -> {
				shown[0] = year.getValue();
				shown[1] = asOf.getValue();
			});
			if (shown[0] == null) {
				event.getResponse().setStatus(404);
				return;
			}
			byte[] bytes = export.xlsx((Integer) shown[0], (LocalDate) shown[1], getLocale());
			event.setFileName(ExportMenu.fileName("kpi-" + shown[0], "xlsx"));
			event.setContentType(ExportMenu.XLSX_TYPE);
			event.setContentLength(bytes.length);
			try (OutputStream out = event.getOutputStream()) {
				out.write(bytes);
			}
		};
		Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("kpi.export.xlsx"));
		link.setId("kpi-export-xlsx");
		return link;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("kpi.board.title");
	}

	/**
	 * Where admins and planners set the targets and record progress, for the year shown.
	 */
	private HorizontalLayout editLinks() {
		Button targets = new Button(getTranslation("kpi.targets.title"), VaadinIcon.SLIDERS.create(),
				e -> openForYear("kpi/targets"));
		targets.setId("kpi-open-targets");
		Button progress = new Button(getTranslation("kpi.progress.title"), VaadinIcon.EDIT.create(),
				e -> openForYear("kpi/progress"));
		progress.setId("kpi-open-progress");
		HorizontalLayout links = new HorizontalLayout(targets, progress);
		links.addClassName("kpi-edit-links");
		return links;
	}

	private void openForYear(String route) {
		getUI().ifPresent(ui -> ui.navigate(route, yearParameter(year.getValue())));
	}

	/** {@code ?year=} of a page showing a year, or nothing. */
	static QueryParameters yearParameter(@Nullable Integer year) {
		return year == null ? QueryParameters.empty() : QueryParameters.of("year", String.valueOf(year));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var params = event.getLocation().getQueryParameters();
		List<Integer> years = kpis.years();
		int chosen = params.getSingleParameter("year")
			.flatMap(KpiBoardView::parseInt)
			.filter(years::contains)
			.orElse(years.contains(kpis.today().getYear()) || years.isEmpty() ? kpis.today().getYear()
					: years.getFirst());
		year.setValue(years.contains(chosen) ? chosen : null);
		asOf.setValue(params.getSingleParameter("asOf").flatMap(KpiBoardView::parseDate).orElse(null));
		refresh(false);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		UI ui = attachEvent.getUI();
		unsubscribe = live.subscribe(update -> ui.access(() -> {
			refresh(true);
			ui.push();
			timings.pushed(update);
		}));
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (unsubscribe != null) {
			unsubscribe.run();
			unsubscribe = null;
		}
	}

	/**
	 * Shows the board of the year and day chosen. The cards of the same catalogue are
	 * kept and only their texts change (a live update sends a few texts, not 20 new
	 * cards); live, those whose figure or status moved flash.
	 */
	void refresh(boolean markChanges) {
		if (year.getValue() == null) {
			cards.removeAll();
			shown.clear();
			summary.removeAll();
			summary.add(new Span(getTranslation("kpi.board.empty")));
			shownCounts = null;
			return;
		}
		KpiBoard board = kpis.board(year.getValue(), asOf.getValue());
		KpiFormat format = new KpiFormat(getLocale());
		String note = getTranslation("kpi.board.as-of-note", format.date(board.asOf()));
		if (!note.equals(asOfNote.getText())) {
			asOfNote.setText(note);
		}
		ChartSpec chart = KpiCharts.progress(board.cards(), getLocale(), this::getTranslation);
		if (!chart.equals(shownChart)) {
			// the chart is redrawn only when a bar moved: 20 open boards need not all
			// redraw it
			shownChart = chart;
			progress.setChart(chart);
		}
		String query = "?year=" + board.year() + (asOf.getValue() == null ? "" : "&asOf=" + asOf.getValue());
		wall.setHref("kpi/wall?year=" + board.year());
		print.setHref("kpi/print" + query);
		List<String> codes = board.cards().stream().map(c -> c.kpi().code()).toList();
		if (codes.equals(List.copyOf(shown.keySet()))) {
			for (KpiCard card : board.cards()) {
				shown.get(card.kpi().code()).show(card, markChanges);
			}
		}
		else {
			cards.removeAll();
			shown.clear();
			for (KpiCard card : board.cards()) {
				KpiCardView view = new KpiCardView(card, format, this::open);
				shown.put(card.kpi().code(), view);
				cards.add(view);
			}
		}
		showSummary(board);
	}

	/** A chip per status with its count of cards, redrawn only when a count changed. */
	private void showSummary(KpiBoard board) {
		Map<PaceStatus, Integer> counts = new EnumMap<>(PaceStatus.class);
		board.cards().forEach(card -> counts.merge(card.pace().status(), 1, Integer::sum));
		if (counts.equals(shownCounts)) {
			return;
		}
		shownCounts = counts;
		summary.removeAll();
		counts.forEach((status, n) -> {
			Span chip = new Span(getTranslation(KpiFormat.statusKey(status)) + " " + n);
			chip.addClassNames("kpi-chip", KpiFormat.statusClass(status));
			summary.add(chip);
		});
	}

	/**
	 * Keeps the address in step with the year and day shown, so it can be shared or
	 * bookmarked.
	 */
	private void updateAddress() {
		getUI().ifPresent(ui -> ui.getPage()
			.getHistory()
			.replaceState(null,
					"kpi?year=" + year.getValue() + (asOf.getValue() == null ? "" : "&asOf=" + asOf.getValue())));
	}

	private void open(KpiCard card) {
		// a query in the path is refused by the router: parameters go separately
		getUI().ifPresent(ui -> ui.navigate("kpi/" + card.kpi().id(), asOf.getValue() == null ? QueryParameters.empty()
				: QueryParameters.of("asOf", asOf.getValue().toString())));
	}

	private static java.util.Optional<Integer> parseInt(String text) {
		try {
			return java.util.Optional.of(Integer.parseInt(text));
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

	private static java.util.Optional<LocalDate> parseDate(String text) {
		try {
			return java.util.Optional.of(LocalDate.parse(text));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return java.util.Optional.empty();
		}
	}

}
