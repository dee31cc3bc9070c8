package org.unionstations.portal.kpi.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.ClockConfig;
import org.unionstations.portal.chart.ChartRenderer;
import org.unionstations.portal.chart.ChartSpec;
import org.unionstations.portal.chart.ChartTheme;
import org.unionstations.portal.chart.PortalChart;
import org.unionstations.portal.kpi.KpiBoard;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiLiveUpdates;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * The board as a wall screen (大屏) for a meeting-room TV: full screen, dark, big type,
 * turning its pages by itself (overview, KPI cards, each KPI behind its pace) every
 * {@code ?seconds=} (20 by default). The server turns the pages on the browser's poll
 * (which also keeps the session of a screen nobody touches alive); ← → and a presenter's
 * Page Up / Page Down move by hand. Live: a committed change redraws the page shown, on
 * the same page, with the changed figures flashing. The cursor hides when the mouse
 * rests.
 */
@Route(value = "kpi/wall", autoLayout = false)
@PermitAll
@StyleSheet("kpi.css")
@StyleSheet("kpi-wall.css")
class KpiWallView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	static final int DEFAULT_SECONDS = 20;

	static final int MIN_SECONDS = 3;

	static final int MAX_SECONDS = 3600;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final KpiService kpis;

	private final KpiLiveUpdates live;

	private final Span title = new Span();

	private final Span pageTitle = new Span();

	private final Span clock = new Span();

	private final Span asOf = new Span();

	private final Span updated = new Span();

	private final Div stage = new Div();

	private final Div dots = new Div();

	private final Span pageNumber = new Span();

	private @Nullable Integer year;

	private int seconds = DEFAULT_SECONDS;

	private @Nullable KpiBoard board;

	private List<KpiWallPage> pages = List.of();

	private int index;

	/** A page chosen by hand stays for a whole interval: the next poll passes it over. */
	private boolean holdNextPoll;

	private @Nullable Runnable unsubscribe;

	private @Nullable Registration polls;

	KpiWallView(KpiService kpis, KpiLiveUpdates live) {
		this.kpis = kpis;
		this.live = live;
		addClassName("kpi-wall");
		title.addClassName("kpi-wall-title");
		title.setId("kpi-wall-title");
		pageTitle.addClassName("kpi-wall-page-title");
		pageTitle.setId("kpi-wall-page-title");
		Div titles = new Div(title, pageTitle);
		titles.addClassName("kpi-wall-titles");
		clock.addClassName("kpi-wall-clock");
		clock.setId("kpi-wall-clock");
		asOf.setId("kpi-wall-as-of");
		updated.setId("kpi-wall-updated");
		Div notes = new Div(asOf, updated);
		notes.addClassName("kpi-wall-notes");
		Div meta = new Div(clock, notes);
		meta.addClassName("kpi-wall-meta");
		Div header = new Div(titles, meta);
		header.addClassName("kpi-wall-header");

		stage.addClassName("kpi-wall-stage");
		stage.setId("kpi-wall-stage");
		dots.addClassName("kpi-wall-dots");
		dots.setId("kpi-wall-dots");
		pageNumber.addClassName("kpi-wall-page");
		pageNumber.setId("kpi-wall-page");
		Div footer = new Div(dots, pageNumber);
		footer.addClassName("kpi-wall-footer");
		add(header, stage, footer);

		Shortcuts.addShortcutListener(this, () -> moveByHand(1), Key.ARROW_RIGHT);
		Shortcuts.addShortcutListener(this, () -> moveByHand(1), Key.PAGE_DOWN);
		Shortcuts.addShortcutListener(this, () -> moveByHand(-1), Key.ARROW_LEFT);
		Shortcuts.addShortcutListener(this, () -> moveByHand(-1), Key.PAGE_UP);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("kpi.wall.page-title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var params = event.getLocation().getQueryParameters();
		List<Integer> years = kpis.years();
		int today = kpis.today().getYear();
		year = params.getSingleParameter("year")
			.flatMap(KpiWallView::parseInt)
			.filter(years::contains)
			.or(() -> Optional.of(today).filter(years::contains))
			.or(() -> years.stream().findFirst())
			.orElse(null);
		seconds = params.getSingleParameter("seconds")
			.flatMap(KpiWallView::parseInt)
			.map(s -> Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, s)))
			.orElse(DEFAULT_SECONDS);
		board = null;
		pages = List.of();
		index = 0;
		reload(false);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		UI ui = attachEvent.getUI();
		ui.setPollInterval(seconds * 1000);
		polls = ui.addPollListener(e -> onPoll());
		unsubscribe = live.subscribe(update -> ui.access(() -> reload(true)));
		// the clock ticks in the browser (the server is asked only on the poll); the
		// cursor hides after 3 s without a mouse move
		getElement().executeJs("""
				const root = this;
				const clock = root.querySelector('#kpi-wall-clock');
				const time = new Intl.DateTimeFormat($0, {timeZone: $1, hour: '2-digit', minute: '2-digit',
				    hourCycle: 'h23'});
				const timer = setInterval(() => {
				  if (!root.isConnected) { clearInterval(timer); return; }
				  clock.textContent = time.format(new Date());
				}, 1000);
				let idle;
				const wake = () => {
				  root.classList.remove('kpi-wall-idle');
				  clearTimeout(idle);
				  idle = setTimeout(() => root.classList.add('kpi-wall-idle'), 3000);
				};
				root.addEventListener('mousemove', wake);
				wake();
				""", getLocale().toLanguageTag(), ClockConfig.ZONE.getId());
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (unsubscribe != null) {
			unsubscribe.run();
			unsubscribe = null;
		}
		if (polls != null) {
			polls.remove();
			polls = null;
		}
		detachEvent.getUI().setPollInterval(-1);
	}

	/** The page shown now, counting from 0, and how many there are. */
	int pageIndex() {
		return index;
	}

	List<KpiWallPage> pages() {
		return pages;
	}

	int seconds() {
		return seconds;
	}

	private void onPoll() {
		if (holdNextPoll) {
			holdNextPoll = false;
			return;
		}
		move(1);
	}

	private void moveByHand(int step) {
		move(step);
		holdNextPoll = true;
	}

	/**
	 * The next (or previous) page, of the board as it is now (the day may have turned).
	 */
	private void move(int step) {
		if (read()) {
			index = Math.floorMod(index + step, pages.size());
			show(Set.of(), Map.of());
		}
	}

	/**
	 * Reads the board again and shows the same page (by key); live, marks what moved
	 * since the board shown.
	 */
	private void reload(boolean markChanges) {
		KpiBoard before = board;
		if (read()) {
			boolean mark = markChanges && before != null;
			show(mark ? changed(before, board) : Set.of(), mark ? KpiWallOverview.counts(before) : Map.of());
		}
	}

	/**
	 * The board of the year as of today and its pages, keeping the page shown (by key);
	 * false when there is no year to show.
	 */
	private boolean read() {
		if (year == null) {
			stage.removeAll();
			Span empty = new Span(getTranslation("kpi.board.empty"));
			empty.addClassName("kpi-wall-empty");
			stage.add(empty);
			title.setText(getTranslation("kpi.wall.page-title"));
			return false;
		}
		KpiBoard now = kpis.board(year, null);
		String key = pages.isEmpty() ? "" : pages.get(index).key();
		pages = KpiWallPage.of(now);
		index = KpiWallPage.indexOf(pages, key, index);
		board = now;
		return true;
	}

	private void show(Set<String> changed, Map<PaceStatus, Integer> countsBefore) {
		KpiBoard shown = board;
		KpiFormat format = new KpiFormat(getLocale());
		KpiWallPage page = pages.get(index);
		Component content = switch (page) {
			case KpiWallPage.Overview o -> new KpiWallOverview(shown, countsBefore);
			case KpiWallPage.Cards c -> new KpiWallCards(c.cards(), changed, format);
			case KpiWallPage.Behind b -> new KpiWallBehind(kpis.detail(b.card().kpi().id(), shown.asOf()),
					changed.contains(b.card().kpi().code()), format);
		};
		stage.removeAll();
		stage.add(content);

		title.setText(getTranslation("kpi.wall.title", String.valueOf(shown.year())));
		pageTitle.setText(switch (page) {
			case KpiWallPage.Overview o -> getTranslation("kpi.wall.page-overview");
			case KpiWallPage.Cards c -> getTranslation("kpi.wall.page-cards", c.number(), c.of());
			case KpiWallPage.Behind b -> getTranslation("kpi.wall.page-behind", b.card().kpi().name(getLocale()));
		});
		asOf.setText(getTranslation("kpi.board.as-of-note", format.date(shown.asOf())));
		updated.setText(getTranslation("kpi.wall.updated",
				TIME.format(shown.computedAt().atZone(ClockConfig.ZONE).toLocalTime())));
		if (clock.getText().isEmpty()) {
			clock.setText(LocalTime.now(ClockConfig.ZONE).format(DateTimeFormatter.ofPattern("HH:mm")));
		}
		dots.removeAll();
		for (int i = 0; i < pages.size(); i++) {
			Span dot = new Span();
			dot.addClassName("kpi-wall-dot");
			if (pages.get(i) instanceof KpiWallPage.Behind) {
				dot.addClassName("kpi-wall-dot-behind");
			}
			if (i == index) {
				dot.addClassName("kpi-wall-dot-current");
			}
			dots.add(dot);
		}
		pageNumber.setText((index + 1) + " / " + pages.size());
	}

	/** The KPIs whose figure, status or target differ between two boards. */
	private static Set<String> changed(KpiBoard before, KpiBoard now) {
		Map<String, KpiCard> old = new java.util.HashMap<>();
		before.cards().forEach(c -> old.put(c.kpi().code(), c));
		Set<String> codes = new HashSet<>();
		for (KpiCard card : now.cards()) {
			KpiCard was = old.get(card.kpi().code());
			if (was != null
					&& (was.actual().compareTo(card.actual()) != 0 || was.pace().status() != card.pace().status()
							|| was.kpi().target().compareTo(card.kpi().target()) != 0)) {
				codes.add(card.kpi().code());
			}
		}
		return codes;
	}

	/** A board card in wall sizes: nothing to click on a wall. */
	static KpiCardView card(KpiCard card, boolean changed, KpiFormat format) {
		KpiCardView view = new KpiCardView(card, format, e -> {
		});
		view.getElement().removeAttribute("tabindex");
		view.getElement().removeAttribute("role");
		view.addClassName("kpi-wall-card");
		if (changed) {
			view.addClassName("kpi-wall-changed");
		}
		return view;
	}

	/**
	 * A chart for the wall: dark, without animation (a live redraw must not wobble),
	 * drawn as SVG so the stylesheet can enlarge it (labels readable across a room)
	 * without blurring.
	 */
	static PortalChart chart(ChartSpec spec) {
		PortalChart chart = new PortalChart();
		chart.setTheme(ChartTheme.DARK);
		chart.setRenderer(ChartRenderer.SVG);
		chart.setAnimation(false);
		chart.setHeight(null);
		chart.addClassName("kpi-wall-chart");
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

}
