package org.unionstations.portal.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.chart.PortalChart;
import org.unionstations.portal.kpi.KpiBoard;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiDetail;
import org.unionstations.portal.kpi.KpiProgressService;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.PaceStatus;
import org.unionstations.portal.kpi.ProgressDraft;
import org.unionstations.portal.kpi.ProgressRow;

/**
 * The wall screen as a meeting-room TV shows it: outside the app frame, the board's
 * status counts and progress chart first, then the cards a page at a time, then each KPI
 * behind its pace with its months and districts; the pages turn on the browser's poll and
 * with the arrow keys, and a live change redraws the page shown without turning it.
 */
@PortalIT
class KpiWallViewIT extends KaribuViewTest {

	/** The context this test's application reads (never the JVM-wide holder). */
	@Autowired
	SecurityContextHolderStrategy securityContexts;

	@Autowired
	KpiService kpis;

	@Autowired
	KpiProgressService progress;

	@Autowired
	UserDetailsService users;

	@Test
	void the_wall_opens_outside_the_app_frame_on_the_overview_with_the_boards_status_counts() {
		login("leader");
		UI.getCurrent().navigate("kpi/wall", QueryParameters.of("year", "2026"));
		KpiBoard board = kpis.board(2026, null);
		_assertNone(AppLayout.class);
		assertThat(text("kpi-wall-title")).isEqualTo("2026年度目标");
		assertThat(text("kpi-wall-page-title")).isEqualTo("总览");
		assertThat(text("kpi-wall-count-total")).isEqualTo("20");
		Map<PaceStatus, Long> counts = counts(board);
		assertThat(counts.get(PaceStatus.BEHIND)).isPositive();
		assertThat(text("kpi-wall-count-behind")).isEqualTo(String.valueOf(counts.get(PaceStatus.BEHIND)));
		assertThat(text("kpi-wall-count-reached"))
			.isEqualTo(String.valueOf(counts.getOrDefault(PaceStatus.REACHED, 0L)));
		assertThat(text("kpi-wall-count-on-track"))
			.isEqualTo(String.valueOf(counts.getOrDefault(PaceStatus.ON_TRACK, 0L)));
		PortalChart chart = _get(PortalChart.class, s -> s.withId("kpi-wall-progress"));
		assertThat(chart.getChart().orElseThrow().categories()).hasSize(20);
		assertThat(chart.getTheme()).isEqualTo(org.unionstations.portal.chart.ChartTheme.DARK);
		// overview, three pages of cards (6, 7, 7), one page per KPI behind its pace
		long pages = 1 + 3 + counts.get(PaceStatus.BEHIND);
		assertThat(text("kpi-wall-page")).isEqualTo("1 / " + pages);
		assertThat(text("kpi-wall-as-of")).startsWith("数据截至 " + board.asOf().getYear() + "年");
		assertThat(text("kpi-wall-updated")).matches("最后更新 \\d\\d:\\d\\d:\\d\\d");
		// the browser asks every 20 s by default (which turns the page and keeps the
		// session alive)
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(20_000);
		// a wall has nothing to click
		assertThat(_find(com.vaadin.flow.component.button.Button.class)).isEmpty();
	}

	@Test
	void the_pages_turn_on_each_poll_through_the_cards_and_every_kpi_behind_its_pace_then_start_again() {
		login("leader");
		UI.getCurrent().navigate("kpi/wall", QueryParameters.simple(Map.of("year", "2026", "seconds", "5")));
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(5_000);
		KpiBoard board = kpis.board(2026, null);
		List<KpiCard> behind = board.cards().stream().filter(c -> c.pace().status() == PaceStatus.BEHIND).toList();
		int pages = 4 + behind.size();

		poll();
		assertThat(text("kpi-wall-page")).isEqualTo("2 / " + pages);
		assertThat(text("kpi-wall-page-title")).isEqualTo("指标一览 1/3");
		List<KpiCardView> cards = _find(KpiCardView.class);
		assertThat(cards).extracting(v -> v.card().kpi().code())
			.containsExactlyElementsOf(board.cards().subList(0, 6).stream().map(c -> c.kpi().code()).toList());
		KpiCard people = board.cards().getFirst();
		assertThat(text("kpi-actual-PEOPLE_SERVED"))
			.isEqualTo(String.format(java.util.Locale.US, "%,d 人次", people.actual().longValueExact()));

		poll();
		poll();
		assertThat(text("kpi-wall-page-title")).isEqualTo("指标一览 3/3");
		assertThat(_find(KpiCardView.class)).hasSize(7);

		poll();
		KpiCard first = behind.getFirst();
		assertThat(text("kpi-wall-page")).isEqualTo("5 / " + pages);
		assertThat(text("kpi-wall-page-title")).isEqualTo("落后：" + first.kpi().nameZh());
		KpiDetail detail = kpis.detail(first.kpi().id(), null);
		assertThat(_get(PortalChart.class, s -> s.withId("kpi-wall-trend")).getChart().orElseThrow().categories())
			.hasSize(12);
		assertThat(_get(PortalChart.class, s -> s.withId("kpi-wall-districts")).getChart().orElseThrow().categories())
			.hasSize(detail.districts().size());
		assertThat(_get(KpiCardView.class).getClassNames()).contains("kpi-status-behind");

		for (int i = 1; i < behind.size(); i++) {
			poll();
		}
		assertThat(text("kpi-wall-page-title")).isEqualTo("落后：" + behind.getLast().kpi().nameZh());
		poll();
		assertThat(text("kpi-wall-page")).isEqualTo("1 / " + pages);
		assertThat(text("kpi-wall-page-title")).isEqualTo("总览");
	}

	@Test
	void arrow_keys_move_by_hand_and_the_page_chosen_stays_for_a_whole_interval() {
		login("leader");
		UI.getCurrent().navigate("kpi/wall", QueryParameters.of("year", "2026"));
		String last = text("kpi-wall-page").replaceFirst("^1 / ", "");
		ShortcutsKt.fireShortcut(Key.ARROW_LEFT);
		assertThat(text("kpi-wall-page")).isEqualTo(last + " / " + last);
		ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
		ShortcutsKt.fireShortcut(Key.PAGE_DOWN);
		assertThat(text("kpi-wall-page")).isEqualTo("2 / " + last);
		// the poll that follows a key press leaves the page; the next one turns it
		poll();
		assertThat(text("kpi-wall-page")).isEqualTo("2 / " + last);
		poll();
		assertThat(text("kpi-wall-page")).isEqualTo("3 / " + last);
	}

	@Test
	void a_live_change_redraws_the_page_shown_with_the_changed_card_flashing_and_does_not_turn_it() throws Exception {
		login("leader");
		UI.getCurrent().navigate("kpi/wall", QueryParameters.of("year", "2026"));
		ShortcutsKt.fireShortcut(Key.ARROW_RIGHT);
		assertThat(text("kpi-wall-page-title")).isEqualTo("指标一览 1/3");
		String page = text("kpi-wall-page");
		long warmth = kpis.catalogue(2026)
			.stream()
			.filter(k -> k.code().equals("WARMTH"))
			.findFirst()
			.orElseThrow()
			.id();
		String before = text("kpi-actual-WARMTH");

		ProgressRow entry = asPlanner(() -> progress
			.create(new ProgressDraft(warmth, kpis.today(), new BigDecimal("37"), false, null, "wall test")));
		try {
			BigDecimal expected = actual(kpis.board(2026, null), "WARMTH");
			Instant until = Instant.now().plus(Duration.ofSeconds(10));
			while (text("kpi-actual-WARMTH").equals(before) && Instant.now().isBefore(until)) {
				MockVaadin.runUIQueue();
				Thread.yield();
			}
			assertThat(text("kpi-actual-WARMTH"))
				.isEqualTo(String.format(java.util.Locale.US, "%,d 人次", expected.longValueExact()));
			assertThat(_get(KpiCardView.class, s -> s.withId("kpi-card-WARMTH")).getClassNames())
				.contains("kpi-wall-changed");
			assertThat(_get(KpiCardView.class, s -> s.withId("kpi-card-PEOPLE_SERVED")).getClassNames())
				.doesNotContain("kpi-wall-changed");
			assertThat(text("kpi-wall-page")).isEqualTo(page);
		}
		finally {
			asPlanner(() -> {
				progress.delete(entry.id(), entry.version());
				return null;
			});
		}
	}

	@Test
	void an_operator_may_put_the_wall_on_a_screen_too() {
		login("operator");
		UI.getCurrent().navigate("kpi/wall");
		_assertNone(com.vaadin.flow.component.Component.class, s -> s.withId("access-denied-title"));
		assertThat(text("kpi-wall-page-title")).isEqualTo("总览");
	}

	private static void poll() {
		ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
	}

	private static String text(String id) {
		return _get(Span.class, s -> s.withId(id)).getText();
	}

	private static Map<PaceStatus, Long> counts(KpiBoard board) {
		return board.cards()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(c -> c.pace().status(),
					java.util.stream.Collectors.counting()));
	}

	private static BigDecimal actual(KpiBoard board, String code) {
		return board.cards().stream().filter(c -> c.kpi().code().equals(code)).findFirst().orElseThrow().actual();
	}

	/**
	 * Runs a write as the planner on a thread of its own, as a planner's save in another
	 * browser would (this thread belongs to the leader's Vaadin session).
	 */
	private <T> T asPlanner(java.util.function.Supplier<T> write) throws Exception {
		UserDetails planner = users.loadUserByUsername("planner");
		var context = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
		try (var thread = java.util.concurrent.Executors.newSingleThreadExecutor()) {
			return thread.submit(() -> {
				securityContexts.setContext(context);
				try {
					return write.get();
				}
				finally {
					securityContexts.clearContext();
				}
			}).get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
	}

}
