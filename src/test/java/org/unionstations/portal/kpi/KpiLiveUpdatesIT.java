package org.unionstations.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.operator.ReportCategory;
import org.unionstations.portal.operator.ReportCounts;
import org.unionstations.portal.operator.ServiceReportService;

/**
 * What an open board hears when an operator files a monthly report: one update after the
 * commit, and the board read next (the shared cached one, read before the save) carries
 * the new people-served figure; after changes of several sources the cached board still
 * agrees with every KPI computed afresh; a refused save tells no board anything.
 */
@PortalIT
@WithUserDetails("operator")
class KpiLiveUpdatesIT {

	private static final String OWN_STATION = "温泉路环卫工会驿站";

	private static final String OTHER_STATION = "河北大道环卫工会驿站";

	@Autowired
	KpiLiveUpdates live;

	@Autowired
	KpiService kpis;

	@Autowired
	ServiceReportService reports;

	@Autowired
	KpiProgressService progress;

	@Autowired
	JdbcClient jdbc;

	private final LinkedBlockingQueue<KpiUpdate> heard = new LinkedBlockingQueue<>();

	private Runnable unsubscribe = () -> {
	};

	private YearMonth month;

	private ProgressRow entry;

	@BeforeEach
	void subscribe() {
		// the last ended month: the month the board's people-served card has just taken
		// in
		month = YearMonth.from(kpis.today()).minusMonths(1);
		unsubscribe = live.subscribe(heard::add);
	}

	@AfterEach
	void removeReports() {
		unsubscribe.run();
		if (entry != null) {
			jdbc.sql("DELETE FROM kpi_progress WHERE id = :id").param("id", entry.id()).update();
		}
		jdbc.sql("""
				DELETE FROM service_report
				WHERE month = :month AND station_id IN (SELECT id FROM station WHERE name IN (:own, :other))
				""").param("month", month.atDay(1)).param("own", OWN_STATION).param("other", OTHER_STATION).update();
		live.changed("test");
	}

	@Test
	void a_saved_report_reaches_an_open_board_with_its_people_served() throws Exception {
		int year = kpis.today().getYear();
		BigDecimal before = peopleServed(kpis.board(year, null));
		Instant saving = Instant.now();

		reports.save(station(OWN_STATION), month, null, Map.of(ReportCategory.SEASONAL_CARE, new ReportCounts(137, 2),
				ReportCategory.CULTURAL, new ReportCounts(40, 1)));

		KpiUpdate update = heard.poll(10, TimeUnit.SECONDS);
		assertThat(update).as("the board was told").isNotNull();
		assertThat(update.cause()).isEqualTo("report");
		assertThat(update.committedAt()).isAfterOrEqualTo(saving.minusMillis(5));
		assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("one update per save").isNull();
		assertThat(peopleServed(kpis.board(year, null))).isEqualByComparingTo(before.add(BigDecimal.valueOf(177)));
	}

	@Test
	@WithUserDetails("planner")
	void after_a_progress_entry_and_a_report_the_cached_board_agrees_with_each_kpi_computed_afresh() throws Exception {
		int year = kpis.today().getYear();
		KpiBoard before = kpis.board(year, null);
		KpiDefinition warmth = before.cards()
			.stream()
			.map(KpiCard::kpi)
			.filter(k -> k.code().equals("WARMTH"))
			.findFirst()
			.orElseThrow();

		entry = progress.create(
				new ProgressDraft(warmth.id(), kpis.today(), BigDecimal.valueOf(25), false, null, "live update test"));
		reports.save(station(OWN_STATION), month, null, Map.of(ReportCategory.OTHER, new ReportCounts(61, 1)));
		assertThat(heard.poll(10, TimeUnit.SECONDS)).isNotNull();
		assertThat(heard.poll(10, TimeUnit.SECONDS)).isNotNull();

		KpiBoard after = kpis.board(year, null);
		assertThat(figure(after, "WARMTH")).isEqualByComparingTo(figure(before, "WARMTH").add(BigDecimal.valueOf(25)));
		assertThat(peopleServed(after)).isEqualByComparingTo(peopleServed(before).add(BigDecimal.valueOf(61)));
		for (KpiCard card : after.cards()) {
			assertThat(card.actual()).as(card.kpi().code())
				.isEqualByComparingTo(kpis.detail(card.kpi().id(), null).card().actual());
			assertThat(card.pace()).as(card.kpi().code()).isEqualTo(kpis.detail(card.kpi().id(), null).card().pace());
		}
	}

	@Test
	void a_refused_report_tells_no_board() throws Exception {
		int year = kpis.today().getYear();
		BigDecimal before = peopleServed(kpis.board(year, null));

		assertThatThrownBy(() -> reports.save(station(OTHER_STATION), month, null,
				Map.of(ReportCategory.SEASONAL_CARE, new ReportCounts(500, 1))))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(heard.poll(1, TimeUnit.SECONDS)).isNull();
		assertThat(peopleServed(kpis.board(year, null))).isEqualByComparingTo(before);
	}

	@Test
	void a_closed_board_hears_nothing_more() throws Exception {
		unsubscribe.run();
		reports.save(station(OWN_STATION), month, null, Map.of(ReportCategory.OTHER, new ReportCounts(5, 1)));
		assertThat(heard.poll(1, TimeUnit.SECONDS)).isNull();
	}

	private long station(String name) {
		return jdbc.sql("SELECT id FROM station WHERE name = :n").param("n", name).query(Long.class).single();
	}

	private static BigDecimal peopleServed(KpiBoard board) {
		return figure(board, "PEOPLE_SERVED");
	}

	private static BigDecimal figure(KpiBoard board, String code) {
		return board.cards().stream().filter(c -> c.kpi().code().equals(code)).findFirst().orElseThrow().actual();
	}

}
