package org.unionstations.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.e2e.BrowserSupport;

/**
 * How fast a monthly report reaches open KPI boards: {@value #BOARDS} boards open in one
 * headless Chromium (a window each, one leader session, so {@value #BOARDS} Vaadin UIs),
 * an operator in a second Chromium saves {@value #SAVES} corrections of a station's
 * report through My stations (after one warm-up save), and for each save the time from
 * its commit to the new people-served figure in the page of every board.
 * <p>
 * The commit instant is the server's ({@link KpiUpdate#committedAt()}, taken after the
 * commit, the moment boards are told); each board's page records
 * {@code performance.timeOrigin + performance.now()} in a MutationObserver when the
 * figure's text changes. Same machine, same wall clock. Also printed: the server's share
 * ({@link KpiPushTimings}: commit to the last board's {@code ui.push()} done) and the
 * load average. Windows are kept from background throttling (each stands for a leader
 * looking at the board). Asserts only that every board drew every save. Run with
 * {@code scripts/benchmark.sh KpiPushBenchmark}.
 */
@PortalIT
class KpiPushBenchmark {

	static final int BOARDS = 20;

	static final int SAVES = 15;

	static final String STATION = "温泉路环卫工会驿站";

	/**
	 * Installed in each board: every change of the people-served figure's text, with the
	 * wall-clock time in milliseconds (fractional).
	 */
	static final String PROBE = """
			const read = () => { const e = document.getElementById('kpi-actual-PEOPLE_SERVED');
			                     return e ? e.textContent : null; };
			const b = window.__kpiPush = { last: read(), drawn: [] };
			new MutationObserver(() => {
			  const text = read();
			  if (text !== b.last) {
			    b.last = text;
			    b.drawn.push({ at: performance.timeOrigin + performance.now(), text });
			  }
			}).observe(document.getElementById('kpi-cards'), { subtree: true, childList: true, characterData: true });
			return document.visibilityState;
			""";

	static final String IDLE = """
			const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
			return !!clients && Object.values(clients).every((c) => !c.isActive || !c.isActive());
			""";

	@LocalServerPort
	int port;

	@Autowired
	KpiLiveUpdates live;

	@Autowired
	KpiPushTimings timings;

	@Autowired
	KpiService kpis;

	@Autowired
	JdbcClient jdbc;

	private WebDriver boards;

	private WebDriver operator;

	private Runnable unsubscribe = () -> {
	};

	@AfterEach
	void cleanUp() {
		unsubscribe.run();
		if (boards != null) {
			boards.quit();
		}
		if (operator != null) {
			operator.quit();
		}
		jdbc.sql("""
				DELETE FROM change_revision WHERE entity_type = 'SERVICE_REPORT' AND entity_id IN (
				    SELECT r.id FROM service_report r JOIN station s ON s.id = r.station_id
				    WHERE s.name = :station AND r.month = :month)
				""").param("station", STATION).param("month", month().atDay(1)).update();
		jdbc.sql("""
				DELETE FROM service_report
				WHERE station_id = (SELECT id FROM station WHERE name = :station) AND month = :month
				""").param("station", STATION).param("month", month().atDay(1)).update();
		live.changed("test");
	}

	@Test
	@SuppressWarnings("unchecked")
	void save_to_drawn_on_twenty_boards() throws Exception {
		LinkedBlockingQueue<KpiUpdate> updates = new LinkedBlockingQueue<>();
		unsubscribe = live.subscribe(u -> {
			if ("report".equals(u.cause())) {
				updates.add(u);
			}
		});
		boards = BrowserSupport.startChromium(List.of("--disable-background-timer-throttling",
				"--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"));
		WebDriverWait boardWait = new WebDriverWait(boards, Duration.ofSeconds(120));
		signIn(boards, boardWait, "leader");
		List<String> windows = new ArrayList<>();
		List<String> visibility = new ArrayList<>();
		for (int i = 0; i < BOARDS; i++) {
			if (i > 0) {
				boards.switchTo().newWindow(WindowType.WINDOW);
			}
			boards.get(url("kpi"));
			boardWait.until(ExpectedConditions.presenceOfElementLocated(By.id("kpi-actual-PEOPLE_SERVED")));
			visibility.add((String) ((JavascriptExecutor) boards).executeScript(PROBE));
			windows.add(boards.getWindowHandle());
		}
		assertThat(live.subscriberCount()).as("open boards (and this benchmark)").isGreaterThanOrEqualTo(BOARDS + 1);

		operator = BrowserSupport.startChromium();
		WebDriverWait operatorWait = new WebDriverWait(operator, Duration.ofSeconds(120));
		signIn(operator, operatorWait, "operator");
		openReport(operatorWait);

		double loadBefore = load();
		List<Double> loads = new ArrayList<>();
		List<Double> drawnAll = new ArrayList<>();
		List<Double> drawnFirst = new ArrayList<>();
		for (int save = 0; save <= SAVES; save++) {
			if (save == 1) {
				timings.clear();
			}
			int people = 100 + save;
			operatorWait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(IDLE)));
			operatorWait
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#report-people-SEASONAL_CARE input")))
				.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(people), Keys.TAB);
			operator.findElement(By.id("report-save")).click();
			KpiUpdate update = updates.poll(60, TimeUnit.SECONDS);
			assertThat(update).as("save %d committed", save).isNotNull();
			double committed = update.committedAt().toEpochMilli() + update.committedAt().getNano() % 1_000_000 / 1e6;

			List<Double> drawn = new ArrayList<>();
			String figure = null;
			for (String window : windows) {
				boards.switchTo().window(window);
				int expected = save + 1;
				Map<String, Object> last = (Map<String, Object>) boardWait.until(d -> {
					List<Map<String, Object>> seen = (List<Map<String, Object>>) ((JavascriptExecutor) d)
						.executeScript("return window.__kpiPush.drawn");
					return seen.size() >= expected ? seen.get(expected - 1) : null;
				});
				drawn.add(((Number) last.get("at")).doubleValue() - committed);
				figure = figure == null ? (String) last.get("text") : figure;
				assertThat(last.get("text")).as("every board draws the same figure").isEqualTo(figure);
			}
			loads.add(load());
			double all = Collections.max(drawn);
			double first = Collections.min(drawn);
			System.out.printf(Locale.ROOT, "BENCHMARK kpi-push %s: %s on all %d boards after %.0f ms (first %.0f ms)%n",
					save == 0 ? "warm-up" : "save " + save, figure, BOARDS, all, first);
			if (save > 0) {
				drawnAll.add(all);
				drawnFirst.add(first);
			}
		}
		// Long polling would show as one request to VAADIN/push per message; a websocket
		// shows none.
		long pushRequests = ((Number) ((JavascriptExecutor) boards).executeScript(
				"return performance.getEntriesByType('resource').filter((r) => r.name.includes('VAADIN/push')).length"))
			.longValue();
		List<Double> server = timings.untilAllPushed(BOARDS).stream().map(n -> n / 1e6).toList();
		assertThat(server).as("changes pushed to all boards").hasSize(SAVES);
		System.out.printf(Locale.ROOT,
				"BENCHMARK kpi-push boards=%d saves=%d drawn-all p50=%.0f ms p95=%.0f ms max=%.0f ms"
						+ " | server p50=%.0f p95=%.0f ms | load=%.1f (%.1f-%.1f during, %d cores)%n",
				BOARDS, SAVES, percentile(drawnAll, 50), percentile(drawnAll, 95), Collections.max(drawnAll),
				percentile(server, 50), percentile(server, 95), loadBefore, Collections.min(loads),
				Collections.max(loads), Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT,
				"BENCHMARK kpi-push first board drawn p50=%.0f ms p95=%.0f ms; boards' pages were %s; push %s%n",
				percentile(drawnFirst, 50), percentile(drawnFirst, 95), visibility.stream().distinct().toList(),
				pushRequests == 0 ? "over a websocket (no push requests)"
						: "by long polling (" + pushRequests + " push requests in the last board)");
	}

	private void openReport(WebDriverWait operatorWait) {
		operator.get(url("my-stations"));
		operatorWait
			.until(d -> d.findElements(By.cssSelector("#my-station-grid vaadin-grid-cell-content"))
				.stream()
				.filter(c -> c.getText().equals(STATION))
				.findFirst()
				.orElse(null))
			.click();
		operatorWait.until(ExpectedConditions.textToBe(By.id("my-station-title"), STATION));
		operatorWait
			.until(d -> d.findElements(By.cssSelector("#my-station-tabs vaadin-tab"))
				.stream()
				.filter(t -> t.getText().equals("月度服务报告"))
				.findFirst()
				.orElse(null))
			.click();
		operatorWait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-month"), month().toString()));
	}

	private void signIn(WebDriver driver, WebDriverWait driverWait, String user) {
		driver.get(url("login"));
		driverWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys(user);
		driver.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
		driverWait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	/** The month due, the last the people-served card counts. */
	private YearMonth month() {
		return YearMonth.from(kpis.today()).minusMonths(1);
	}

	private String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/** Nearest-rank percentile. */
	private static double percentile(List<Double> values, int p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
