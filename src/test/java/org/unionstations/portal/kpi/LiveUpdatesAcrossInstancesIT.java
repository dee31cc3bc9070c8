package org.unionstations.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.PortalInstance;
import org.unionstations.portal.operator.MonthlyReport;
import org.unionstations.portal.operator.ReportCategory;
import org.unionstations.portal.operator.ReportCounts;
import org.unionstations.portal.operator.ServiceReportService;

/**
 * Two portal instances on one database, as behind a proxy with sticky sessions: this
 * test's context is instance A, where the operator saves; instance B is a second portal
 * started in this JVM on the same database, with a board subscribed to its
 * {@link KpiLiveUpdates}. What A commits reaches B's board through PostgreSQL
 * LISTEN/NOTIFY with the new figure (B's cached board forgotten); what A rolls back
 * reaches nobody; A does not hear its own notification a second time; B's listener, cut
 * off from the database, connects again by itself and recomputes its boards. Prints the
 * NOTIFY hop (A's commit → B's board told) over 50 saves.
 */
@PortalIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithUserDetails("operator")
class LiveUpdatesAcrossInstancesIT {

	private static final String STATION = "温泉路环卫工会驿站";

	private static final int HOPS = 50;

	@Autowired
	KpiLiveUpdates live;

	@Autowired
	KpiService kpis;

	@Autowired
	ServiceReportService reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	LiveNotifications notifications;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	private PortalInstance b;

	/** What boards on A hear (A's own changes, after A's commit). */
	private final LinkedBlockingQueue<KpiUpdate> heardOnA = new LinkedBlockingQueue<>();

	/** What a board on B hears, when (nanoTime) and the people served it then reads. */
	private final LinkedBlockingQueue<Heard> heardOnB = new LinkedBlockingQueue<>();

	private final List<Runnable> unsubscribe = new ArrayList<>();

	private YearMonth month;

	record Heard(KpiUpdate update, long nanos, BigDecimal peopleServed) {
	}

	@BeforeAll
	void startInstanceB() throws Exception {
		// same database, no migration (A's context has migrated it; the test profile
		// would
		// clean it)
		b = PortalInstance.start(List.of("test"),
				Map.of("spring.datasource.url", databaseUrl.replace("ApplicationName=", "ApplicationName=instance-b-"),
						"spring.flyway.enabled", "false"));
		assertThat(b.bean(LiveNotificationListener.class).awaitListening(Duration.ofSeconds(30))).isTrue();
		assertThat(listener(b).backendPid()).isNotZero();
		assertThat(b.bean(LiveNotifications.class).instance()).isNotEqualTo(notifications.instance());
	}

	@AfterAll
	void stopInstanceB() {
		if (b == null) {
			return;
		}
		LiveNotificationListener listener = listener(b);
		int pid = listener.backendPid();
		b.close();
		assertThat(listener.isRunning()).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid")
			.param("pid", pid)
			.query(Integer.class)
			.single()).as("B's listening connection is closed with B").isZero();
	}

	@BeforeEach
	void subscribe() {
		heardOnA.clear();
		heardOnB.clear();
		month = YearMonth.from(kpis.today()).minusMonths(1);
		unsubscribe.add(live.subscribe(heardOnA::add));
		KpiService kpisOnB = b.bean(KpiService.class);
		unsubscribe.add(b.bean(KpiLiveUpdates.class).subscribe(update -> {
			long nanos = System.nanoTime();
			heardOnB.add(new Heard(update, nanos, onB(() -> peopleServed(kpisOnB.board(year(), null)))));
		}));
	}

	@AfterEach
	void removeReports() {
		unsubscribe.forEach(Runnable::run);
		unsubscribe.clear();
		jdbc.sql("""
				DELETE FROM change_revision WHERE entity_type = 'SERVICE_REPORT' AND entity_id IN (
				    SELECT r.id FROM service_report r JOIN station s ON s.id = r.station_id
				    WHERE s.name = :station AND r.month = :month)
				""").param("station", STATION).param("month", month.atDay(1)).update();
		jdbc.sql("""
				DELETE FROM service_report
				WHERE station_id = (SELECT id FROM station WHERE name = :station) AND month = :month
				""").param("station", STATION).param("month", month.atDay(1)).update();
		live.changed("test");
		b.bean(KpiLiveUpdates.class).changed("test");
	}

	@Test
	void a_report_saved_on_one_instance_reaches_a_board_on_the_other_with_its_figure() throws Exception {
		// B's board is computed and cached before the save: only a notification can
		// make B forget it
		BigDecimal before = onB(() -> peopleServed(b.bean(KpiService.class).board(year(), null)));
		assertThat(peopleServed(kpis.board(year(), null))).isEqualByComparingTo(before);

		reports.save(station(), month, null, Map.of(ReportCategory.SEASONAL_CARE, new ReportCounts(137, 2),
				ReportCategory.CULTURAL, new ReportCounts(40, 1)));

		Heard onB = heardOnB.poll(10, TimeUnit.SECONDS);
		assertThat(onB).as("B's board was told").isNotNull();
		assertThat(onB.update().cause()).isEqualTo("report");
		assertThat(onB.peopleServed()).isEqualByComparingTo(before.add(BigDecimal.valueOf(137 + 40)));
		assertThat(heardOnB.poll(500, TimeUnit.MILLISECONDS)).as("one update on B per save").isNull();

		assertThat(heardOnA.poll(5, TimeUnit.SECONDS)).as("A's own board heard it after the commit").isNotNull();
		assertThat(heardOnA.poll(1, TimeUnit.SECONDS)).as("A passes over its own notification").isNull();
	}

	@Test
	void a_save_rolled_back_on_one_instance_reaches_nobody() throws Exception {
		BigDecimal before = onB(() -> peopleServed(b.bean(KpiService.class).board(year(), null)));

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			reports.save(station(), month, null, Map.of(ReportCategory.SEASONAL_CARE, new ReportCounts(900, 1)));
			status.setRollbackOnly();
		});

		assertThat(heardOnB.poll(2, TimeUnit.SECONDS)).as("B heard nothing").isNull();
		assertThat(heardOnA.poll(100, TimeUnit.MILLISECONDS)).as("A heard nothing").isNull();
		assertThat(jdbc.sql("SELECT count(*) FROM service_report WHERE station_id = :s AND month = :m")
			.param("s", station())
			.param("m", month.atDay(1))
			.query(Integer.class)
			.single()).isZero();
		assertThat(onB(() -> peopleServed(b.bean(KpiService.class).board(year(), null)))).isEqualByComparingTo(before);
	}

	@Test
	void a_listener_cut_off_from_the_database_connects_again_and_recomputes_its_boards() throws Exception {
		LiveNotificationListener listener = listener(b);
		int cut = listener.backendPid();
		assertThat(jdbc.sql("SELECT pg_terminate_backend(:pid)").param("pid", cut).query(Boolean.class).single())
			.isTrue();

		Heard resync = heardOnB.poll(LiveNotificationListener.FIRST_RETRY.plusSeconds(10).toSeconds(),
				TimeUnit.SECONDS);
		assertThat(resync).as("B's boards were told to recompute").isNotNull();
		assertThat(resync.update().cause()).isEqualTo("resync");
		assertThat(listener.backendPid()).isNotZero().isNotEqualTo(cut);

		BigDecimal before = resync.peopleServed();
		reports.save(station(), month, null, Map.of(ReportCategory.OTHER, new ReportCounts(61, 1)));
		Heard onB = heardOnB.poll(10, TimeUnit.SECONDS);
		assertThat(onB).as("B hears again after reconnecting").isNotNull();
		assertThat(onB.peopleServed()).isEqualByComparingTo(before.add(BigDecimal.valueOf(61)));
	}

	/**
	 * Not a timed assertion: prints how long a notification takes from A's commit to B's
	 * board (both clocks are this JVM's).
	 */
	@Test
	void prints_the_notify_hop_over_fifty_saves() throws Exception {
		List<Long> micros = new ArrayList<>();
		Long version = null;
		for (int i = 0; i < HOPS; i++) {
			MonthlyReport saved = reports.save(station(), month, version,
					Map.of(ReportCategory.OTHER, new ReportCounts(10 + i, 1)));
			version = saved.version();
			KpiUpdate committed = heardOnA.poll(10, TimeUnit.SECONDS);
			Heard onB = heardOnB.poll(10, TimeUnit.SECONDS);
			assertThat(committed).isNotNull();
			assertThat(onB).as("save %d reached B", i).isNotNull();
			micros.add((onB.nanos() - committed.committedNanos()) / 1_000);
		}
		List<Long> sorted = micros.stream().sorted().toList();
		System.out.printf(
				"BENCHMARK NOTIFY hop (A commit -> B board told), %d saves: p50 %.1f ms, p95 %.1f ms, "
						+ "max %.1f ms; load average %s%n",
				HOPS, sorted.get(HOPS / 2) / 1000.0, sorted.get((int) Math.ceil(HOPS * 0.95) - 1) / 1000.0,
				sorted.getLast() / 1000.0, loadAverage());
	}

	private <T> T onB(Supplier<T> work) {
		SecurityContextHolderStrategy security = b.bean(SecurityContextHolderStrategy.class);
		UserDetails leader = b.bean(UserDetailsService.class).loadUserByUsername("leader");
		security.setContext(new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities())));
		try {
			return work.get();
		}
		finally {
			security.clearContext();
		}
	}

	private LiveNotificationListener listener(PortalInstance instance) {
		return instance.bean(LiveNotificationListener.class);
	}

	private int year() {
		return kpis.today().getYear();
	}

	private long station() {
		return jdbc.sql("SELECT id FROM station WHERE name = :n").param("n", STATION).query(Long.class).single();
	}

	private static BigDecimal peopleServed(KpiBoard board) {
		return board.cards()
			.stream()
			.filter(c -> c.kpi().code().equals("PEOPLE_SERVED"))
			.findFirst()
			.orElseThrow()
			.actual();
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

}
