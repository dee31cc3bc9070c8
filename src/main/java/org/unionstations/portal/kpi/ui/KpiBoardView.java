package org.unionstations.portal.kpi.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
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
import org.unionstations.portal.chart.PortalChart;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiExportService;
import org.unionstations.portal.kpi.KpiLiveUpdates;
import org.unionstations.portal.kpi.KpiPushTimings;
import org.unionstations.portal.kpi.KpiService;
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

	private Map<String, KpiCard> shown = new HashMap<>();

	private @Nullable Runnable unsubscribe;

	private boolean flip;

	KpiBoardView(KpiService kpis, KpiLiveUpdates live, KpiPushTimings timings, KpiExportService export) {
		this.kpis = kpis;
		this.live = live;
		this.timings = timings;
		addClassName("kpi-board");
		setSizeFull();

		year.setLabel(getTranslation("kpi.board.year"));
		year.setItems(kpis.years());
		year.setItemLabelGenerator(y -> getTranslation("kpi.board.year-item", String.valueOf(y)));
		year.setId("kpi-year");
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
		progress.addCategoryClickListener(e -> shown.values()
			.stream()
			.filter(c -> c.kpi().code().equals(e.getCategoryKey()))
			.findFirst()
			.ifPresent(this::open));
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

	/** Redraws the cards; live, marks those whose figure or status moved. */
	void refresh(boolean markChanges) {
		cards.removeAll();
		summary.removeAll();
		if (year.getValue() == null) {
			summary.add(new Span(getTranslation("kpi.board.empty")));
			return;
		}
		KpiBoard board = kpis.board(year.getValue(), asOf.getValue());
		KpiFormat format = new KpiFormat(getLocale());
		asOfNote.setText(getTranslation("kpi.board.as-of-note", format.date(board.asOf())));
		Map<PaceStatus, Integer> counts = new java.util.EnumMap<>(PaceStatus.class);
		Map<String, KpiCard> now = new HashMap<>();
		flip = !flip;
		for (KpiCard card : board.cards()) {
			counts.merge(card.pace().status(), 1, Integer::sum);
			KpiCardView view = new KpiCardView(card, format, e -> open(card));
			KpiCard before = shown.get(card.kpi().code());
			if (markChanges && before != null
					&& (before.actual().compareTo(card.actual()) != 0 || before.pace().status() != card.pace().status()
							|| before.kpi().target().compareTo(card.kpi().target()) != 0)) {
				view.addClassName(flip ? "kpi-changed" : "kpi-changed-again");
			}
			now.put(card.kpi().code(), card);
			cards.add(view);
		}
		shown = now;
		progress.setChart(KpiCharts.progress(board.cards(), getLocale(), this::getTranslation));
		String query = "?year=" + board.year() + (asOf.getValue() == null ? "" : "&asOf=" + asOf.getValue());
		wall.setHref("kpi/wall?year=" + board.year());
		print.setHref("kpi/print" + query);
		for (PaceStatus status : PaceStatus.values()) {
			Integer n = counts.get(status);
			if (n != null) {
				Span chip = new Span(getTranslation(KpiFormat.statusKey(status)) + " " + n);
				chip.addClassNames("kpi-chip", KpiFormat.statusClass(status));
				summary.add(chip);
			}
		}
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
		getUI().ifPresent(ui -> ui
			.navigate("kpi/" + card.kpi().id() + (asOf.getValue() == null ? "" : "?asOf=" + asOf.getValue())));
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
