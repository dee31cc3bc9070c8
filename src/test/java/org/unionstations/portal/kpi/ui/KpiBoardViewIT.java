package org.unionstations.portal.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.kpi.DistrictFigure;
import org.unionstations.portal.kpi.KpiBoard;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.KpiLiveUpdates;
import org.unionstations.portal.kpi.KpiRecord;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.KpiTargetDraft;
import org.unionstations.portal.kpi.KpiTargetService;
import org.unionstations.portal.operator.ReportCategory;
import org.unionstations.portal.operator.ReportCounts;
import org.unionstations.portal.operator.ServiceReportService;

/**
 * The board as leaders, operators and planners see it: a card per KPI with the service's
 * figures written out, a card opens its KPI with districts and records, a district
 * narrows the records; a new report changes the figure in the card already shown, which
 * flashes (and flashes again on the next change); leaders cannot change a target, in the
 * service.
 */
@PortalIT
class KpiBoardViewIT extends KaribuViewTest {

	/** The context this test's application reads (never the JVM-wide holder). */
	@Autowired
	SecurityContextHolderStrategy securityContexts;

	@Autowired
	KpiService kpis;

	@Autowired
	KpiTargetService targets;

	@Autowired
	KpiLiveUpdates live;

	@Autowired
	ServiceReportService reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void the_board_shows_a_card_per_kpi_with_its_figure_and_status() {
		login("leader");
		UI.getCurrent().navigate("kpi", QueryParameters.of("year", "2026"));
		KpiBoard board = kpis.board(2026, null);
		List<KpiCardView> cards = _find(KpiCardView.class);
		assertThat(cards).hasSize(board.cards().size()).hasSize(20);
		KpiCard people = board.cards().getFirst();
		assertThat(_get(Span.class, s -> s.withId("kpi-actual-PEOPLE_SERVED")).getText())
			.isEqualTo(String.format(java.util.Locale.US, "%,d 人次", people.actual().longValueExact()));
		Div peopleCard = _get(Div.class, s -> s.withId("kpi-card-PEOPLE_SERVED"));
		assertThat(peopleCard.getClassNames()).contains("kpi-card", KpiFormat.statusClass(people.pace().status()));
		assertThat(_get(Div.class, s -> s.withId("kpi-summary")).getElement().getTextRecursively()).contains("落后");
		assertThat(_get(Span.class, s -> s.withId("kpi-as-of-note")).getText())
			.isEqualTo("数据截至 " + board.asOf().getYear() + "年" + board.asOf().getMonthValue() + "月"
					+ board.asOf().getDayOfMonth() + "日");
	}

	@Test
	void an_operator_sees_the_board_too_and_a_past_day_shows_that_days_figures() {
		login("operator");
		UI.getCurrent().navigate("kpi", QueryParameters.simple(Map.of("year", "2026", "asOf", "2026-06-30")));
		assertThat(_get(Span.class, s -> s.withId("kpi-actual-MBR_NEW")).getText()).isEqualTo("4 个");
		assertThat(_get(Span.class, s -> s.withId("kpi-as-of-note")).getText()).isEqualTo("数据截至 2026年6月30日");
	}

	@Test
	void a_card_opens_its_kpi_with_districts_and_the_records_behind_the_figure() {
		login("leader");
		KpiDefinition upgrades = kpis.catalogue(2026)
			.stream()
			.filter(k -> k.code().equals("SMART_UPGRADES"))
			.findFirst()
			.orElseThrow();
		UI.getCurrent().navigate("kpi", QueryParameters.of("year", "2026"));
		com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(Div.class, s -> s.withId("kpi-card-SMART_UPGRADES")));
		assertThat(_get(H2.class, s -> s.withId("kpi-detail-title")).getText()).isEqualTo("驿站智能化升级");
		@SuppressWarnings("unchecked")
		Grid<DistrictFigure> districts = _get(Grid.class, s -> s.withId("kpi-districts"));
		@SuppressWarnings("unchecked")
		Grid<KpiRecord> records = _get(Grid.class, s -> s.withId("kpi-records"));
		List<KpiRecord> all = kpis.records(upgrades.id(), null, null);
		assertThat(GridKt._size(records)).isEqualTo(all.size()).isEqualTo(7);
		DistrictFigure xianan = GridKt._get(districts, 0);
		districts.select(xianan);
		assertThat(GridKt._size(records)).isEqualTo(xianan.actual().intValueExact());
		assertThat(_get(H3.class, s -> s.withId("kpi-records-title")).getText())
			.isEqualTo("咸安区的记录（" + xianan.actual().intValueExact() + " 条）");
	}

	@Test
	void a_new_report_changes_the_figure_in_the_card_shown_and_flashes_it_again_on_a_second_change() {
		long station = jdbc.sql("SELECT id FROM station WHERE name = '银泉大道环卫工会驿站'").query(Long.class).single();
		YearMonth month = YearMonth.from(kpis.today()).minusMonths(1);
		try {
			login("leader");
			UI.getCurrent().navigate("kpi", QueryParameters.of("year", "2026"));
			KpiBoardView board = _get(KpiBoardView.class);
			Div people = _get(Div.class, s -> s.withId("kpi-card-PEOPLE_SERVED"));
			Span figure = _get(Span.class, s -> s.withId("kpi-actual-PEOPLE_SERVED"));
			long before = number(figure.getText());

			Long version = asPlanner(
					() -> reports.save(station, month, null, Map.of(ReportCategory.CULTURAL, new ReportCounts(250, 2)))
						.version());
			board.refresh(true);
			assertThat(_get(Div.class, s -> s.withId("kpi-card-PEOPLE_SERVED"))).as("the same card").isSameAs(people);
			assertThat(number(figure.getText())).isEqualTo(before + 250);
			assertThat(people.getClassNames()).contains("kpi-changed").doesNotContain("kpi-changed-again");
			assertThat(_get(Div.class, s -> s.withId("kpi-card-MBR_OPEN")).getClassNames())
				.doesNotContain("kpi-changed", "kpi-changed-again");

			asPlanner(() -> reports.save(station, month, version,
					Map.of(ReportCategory.CULTURAL, new ReportCounts(260, 2))));
			board.refresh(true);
			assertThat(number(figure.getText())).isEqualTo(before + 260);
			assertThat(people.getClassNames()).contains("kpi-changed-again").doesNotContain("kpi-changed");
		}
		finally {
			jdbc.sql("DELETE FROM service_report WHERE station_id = :s AND month = :m")
				.param("s", station)
				.param("m", month.atDay(1))
				.update();
			live.changed("test");
		}
	}

	private <T> T asPlanner(java.util.function.Supplier<T> action) {
		// the session's context too: in a Vaadin request Spring Security reads that one
		var session = com.vaadin.flow.server.VaadinSession.getCurrent().getSession();
		Object sessionContext = session.getAttribute("SPRING_SECURITY_CONTEXT");
		SecurityContext leader = securityContexts.getContext();
		try {
			UserDetails planner = users.loadUserByUsername("planner");
			SecurityContext context = new SecurityContextImpl(
					UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
			session.setAttribute("SPRING_SECURITY_CONTEXT", context);
			securityContexts.setContext(context);
			return action.get();
		}
		finally {
			session.setAttribute("SPRING_SECURITY_CONTEXT", sessionContext);
			securityContexts.setContext(leader);
		}
	}

	private static long number(String text) {
		return Long.parseLong(text.replaceAll("[^0-9]", ""));
	}

	@Test
	void leaders_and_operators_cannot_change_a_target_in_the_service() {
		login("planner");
		KpiDefinition kpi = kpis.catalogue(2026).getFirst();
		KpiTargetDraft draft = new KpiTargetDraft(BigDecimal.ONE, kpi.direction(), null, null, Map.of());
		for (String user : List.of("leader", "operator")) {
			login(user);
			assertThatThrownBy(() -> targets.update(kpi.id(), kpi.version(), draft))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(kpis.definition(kpi.id()).target()).isEqualByComparingTo(kpi.target());
	}

	@Test
	void a_card_of_a_past_day_opens_that_days_detail_and_back_returns_to_that_day() {
		login("leader");
		UI.getCurrent().navigate("kpi", QueryParameters.simple(Map.of("year", "2026", "asOf", "2026-06-30")));
		com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(Div.class, s -> s.withId("kpi-card-MBR_NEW")));
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(KpiDetailView.class);
		assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("asOf"))
			.contains("2026-06-30");
		com.github.mvysny.kaributesting.v10.ButtonKt
			._click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("kpi-detail-back")));
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(KpiBoardView.class);
		assertThat(_get(Span.class, s -> s.withId("kpi-as-of-note")).getText()).isEqualTo("数据截至 2026年6月30日");
	}

}
