package org.unionstations.portal.kpi.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.kpi.KpiBoard;
import org.unionstations.portal.kpi.KpiCard;
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

	/** The cards shown, in catalogue order, by KPI code. */
	private final Map<String, KpiCardView> shown = new LinkedHashMap<>();

	private @Nullable Map<PaceStatus, Integer> shownCounts;

	private @Nullable Runnable unsubscribe;

	KpiBoardView(KpiService kpis, KpiLiveUpdates live, KpiPushTimings timings) {
		this.kpis = kpis;
		this.live = live;
		this.timings = timings;
		addClassName("kpi-board");
		setSizeFull();

		H2 title = new H2(getTranslation("kpi.board.title"));
		title.addClassName("kpi-title");
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
		HorizontalLayout controls = new HorizontalLayout(year, asOf, asOfNote);
		controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		controls.setWrap(true);
		HorizontalLayout header = new HorizontalLayout(title, controls);
		header.setWidthFull();
		header.setWrap(true);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		summary.addClassName("kpi-summary");
		summary.setId("kpi-summary");
		cards.addClassName("kpi-cards");
		cards.setId("kpi-cards");
		add(header, summary, cards);

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
