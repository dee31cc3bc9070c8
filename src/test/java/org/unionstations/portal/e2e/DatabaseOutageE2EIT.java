package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionstations.portal.PortalInstance;
import org.unionstations.portal.kpi.KpiLiveUpdates;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.ops.ThrowawayCluster;

/**
 * The portal survives its database going away, in real Chromium. A PostgreSQL server of
 * this test's own (never the shared one) with a portal started on it with the demo data;
 * an operator files a monthly report; the server is stopped ({@code pg_ctl stop -m fast})
 * for 30 s while the operator keeps saving (each save refused with the "database
 * unavailable" message, the typed figures kept) and a leader tries to sign in (told the
 * service is unavailable, not that the password is wrong); health is DOWN, liveness and
 * readiness stay UP. Started again, the same portal, without a restart, reports UP, signs
 * the leader in, saves the operator's report and the leader's open board shows it live;
 * of the saves tried during the outage nothing is in the database or the change log.
 * Prints the timeline as {@code OUTAGE t=…} lines (seconds since the stop) and keeps
 * screenshots as target/e2e/outage-*.png.
 */
class DatabaseOutageE2EIT {

	private static final String STATION = "永安大道快递小哥工会驿站";

	private static final Duration OUTAGE = Duration.ofSeconds(30);

	private static final String REFUSED = "数据库暂时无法连接";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<String> timeline = new ArrayList<>();

	private long stoppedAt;

	@Test
	void the_portal_refuses_clearly_while_its_database_is_away_and_recovers_by_itself() throws Exception {
		try (ThrowawayCluster cluster = ThrowawayCluster.create()) {
			PortalInstance portal;
			try {
				portal = PortalInstance.start(List.of("test"),
						Map.of("spring.datasource.url", cluster.url("union-stations-portal-outage"),
								"spring.datasource.username", ThrowawayCluster.USER, "spring.datasource.password",
								ThrowawayCluster.PASSWORD));
			}
			catch (RuntimeException ex) {
				throw new AssertionError(
						"the portal did not start on the throwaway database; its server log:\n" + cluster.serverLog(),
						ex);
			}
			try (portal) {
				WebDriver operator = BrowserSupport.startChromium();
				WebDriver leader = null;
				try {
					leader = BrowserSupport.startChromium();
					outageAndRecovery(cluster, portal, operator, leader);
				}
				finally {
					BrowserSupport.screenshot(operator, "outage-last-operator");
					operator.quit();
					if (leader != null) {
						BrowserSupport.screenshot(leader, "outage-last-leader");
						leader.quit();
					}
					timeline.forEach(System.out::println);
				}
			}
		}
	}

	private void outageAndRecovery(ThrowawayCluster cluster, PortalInstance portal, WebDriver operator,
			WebDriver leader) throws Exception {
		JdbcClient db = cluster.jdbc();
		YearMonth month = YearMonth.from(portal.bean(KpiService.class).today()).minusMonths(1);
		List<String> liveCauses = java.util.Collections.synchronizedList(new ArrayList<>());
		portal.bean(KpiLiveUpdates.class).subscribe(update -> {
			liveCauses.add(update.cause());
			if (stoppedAt != 0) {
				note("portal told its boards: " + update.cause());
			}
		});

		// before: the operator files the month's report
		WebDriverWait operatorWait = new WebDriverWait(operator, Duration.ofSeconds(60));
		signIn(operator, operatorWait, portal, "operator");
		openReport(operator, operatorWait, portal, month);
		type(operatorWait, "report-people-SEASONAL_CARE", "86");
		type(operatorWait, "report-people-SKILLS_TRAINING", "37");
		operator.findElement(By.id("report-save")).click();
		waitForSaved(operatorWait, month);
		long reportId = db.sql("""
				SELECT r.id FROM service_report r JOIN station s ON s.id = r.station_id
				WHERE s.name = :station AND r.month = :month""")
			.param("station", STATION)
			.param("month", month.atDay(1))
			.query(Long.class)
			.single();
		int revisionsBefore = revisions(db, reportId);
		int allRevisionsBefore = db.sql("SELECT count(*) FROM change_revision").query(Integer.class).single();
		assertThat(health(portal, "/actuator/health").statusCode()).isEqualTo(200);

		// the database goes away
		note("before the stop: load average " + loadAverage());
		cluster.stop();
		stoppedAt = System.nanoTime();
		note("database stopped (pg_ctl stop -m fast)");

		type(operatorWait, "report-people-SEASONAL_CARE", "4321");
		long trying = System.nanoTime();
		operator.findElement(By.id("report-save")).click();
		waitForRefusal(operatorWait);
		note("first save refused with the database-unavailable message (" + millisSince(trying)
				+ " ms after the click)");
		BrowserSupport.screenshot(operator, "outage-save-refused");
		assertThat(value(operator, "report-people-SEASONAL_CARE")).as("the typed figure is kept").isEqualTo("4321");

		HttpResponse<String> health = health(portal, "/actuator/health");
		note("health " + health.statusCode() + " " + status(health.body()));
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(status(health.body())).isEqualTo("DOWN");
		assertThat(JsonPath.<String>read(health.body(), "$.components.db.status")).isEqualTo("DOWN");
		for (String probe : List.of("liveness", "readiness")) {
			HttpResponse<String> answer = health(portal, "/actuator/health/" + probe);
			note(probe + " " + answer.statusCode() + " " + status(answer.body()));
			assertThat(answer.statusCode()).as(probe).isEqualTo(200);
			assertThat(status(answer.body())).as(probe).isEqualTo("UP");
		}

		WebDriverWait leaderWait = new WebDriverWait(leader, Duration.ofSeconds(60));
		leader.get(portal.url("login"));
		leaderWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("leader");
		leader.findElement(By.cssSelector("input[name='password']")).sendKeys("leader", Keys.ENTER);
		leaderWait.until(ExpectedConditions.urlContains("unavailable"));
		leaderWait.until(d -> d.findElement(By.tagName("body")).getText().contains("服务暂时不可用"));
		assertThat(leader.findElement(By.tagName("body")).getText()).doesNotContain("用户名或密码不正确");
		note("sign-in told the service is unavailable (" + leader.getCurrentUrl().replaceAll(".*/", "/") + ")");
		BrowserSupport.screenshot(leader, "outage-sign-in-unavailable");

		int refused = 1;
		while (secondsSinceStop() < OUTAGE.toSeconds()) {
			dismissNotifications(operator);
			type(operatorWait, "report-people-SEASONAL_CARE", String.valueOf(4321 + refused));
			operator.findElement(By.id("report-save")).click();
			waitForRefusal(operatorWait);
			refused++;
		}
		note(refused + " saves refused in all, the operator still signed in on the same page");
		assertThat(operator.findElements(By.id("current-user"))).isNotEmpty();

		// the database comes back
		cluster.start();
		note("database started again");
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		HttpResponse<String> up;
		while ((up = health(portal, "/actuator/health")).statusCode() != 200 && System.nanoTime() < deadline) {
			// as a monitor polls: refused at once while the pool is asked again
			Thread.sleep(500);
		}
		note("health " + up.statusCode() + " " + status(up.body()));
		assertThat(up.statusCode()).isEqualTo(200);

		// sign in; one "unavailable" right after the outage is allowed (a pooled
		// connection
		// closed by the stop, met before the pool has noticed), never "wrong password"
		int attempts = 0;
		do {
			attempts++;
			leader.get(portal.url("login"));
			leaderWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
				.sendKeys("leader");
			leader.findElement(By.cssSelector("input[name='password']")).sendKeys("leader", Keys.ENTER);
			leaderWait.until(d -> !d.findElements(By.id("current-user")).isEmpty()
					|| d.getCurrentUrl().contains("unavailable") || d.getCurrentUrl().contains("error"));
			assertThat(leader.getCurrentUrl()).doesNotContain("error");
		}
		while (leader.findElements(By.id("current-user")).isEmpty() && attempts < 3);
		assertThat(leader.findElements(By.id("current-user"))).isNotEmpty();
		note("leader signed in (attempt " + attempts + ")");

		leader.get(portal.url("kpi"));
		long before = number(
				leaderWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-actual-PEOPLE_SERVED")))
					.getText());
		note("leader's board open, people served " + before);

		dismissNotifications(operator);
		type(operatorWait, "report-people-SEASONAL_CARE", "95");
		operator.findElement(By.id("report-save")).click();
		operatorWait.until(d -> saved(d, month) || refusedShown(d));
		if (!saved(operator, month)) {
			note("the first save after the restart was refused; saving again");
			dismissNotifications(operator);
			operator.findElement(By.id("report-save")).click();
			waitForSaved(operatorWait, month);
		}
		long savedAt = System.nanoTime();
		note("operator's save accepted");
		BrowserSupport.screenshot(operator, "outage-after-saved");

		new WebDriverWait(leader, Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(50))
			.ignoring(StaleElementReferenceException.class)
			.until(d -> number(d.findElement(By.id("kpi-actual-PEOPLE_SERVED")).getText()) == before + 95 - 86);
		note("leader's board shows the saved report (" + millisSince(savedAt) + " ms after the save)");
		BrowserSupport.screenshot(leader, "outage-after-board");

		// nothing half-written: the report as saved before and after, none of the refused
		// figures, one revision more in the change log (the save after the outage)
		assertThat(db.sql("""
				SELECT people_served FROM service_report_line WHERE report_id = :id AND category = 'SEASONAL_CARE'""")
			.param("id", reportId)
			.query(Integer.class)
			.single()).isEqualTo(95);
		assertThat(revisions(db, reportId)).isEqualTo(revisionsBefore + 1);
		assertThat(db.sql("SELECT count(*) FROM change_revision").query(Integer.class).single())
			.isEqualTo(allRevisionsBefore + 1);
		assertThat(db.sql("""
				SELECT count(*) FROM change_revision_field f JOIN change_revision r ON r.id = f.revision_id
				WHERE r.entity_type = 'SERVICE_REPORT' AND r.entity_id = :id AND f.new_value LIKE '%432%'""")
			.param("id", reportId)
			.query(Integer.class)
			.single()).as("no refused figure in the change log").isZero();
		// the listener reconnects on its own schedule (retries double up to 15 s), which
		// may
		// come after the operator's save: give it that long once the database is back
		long resyncDeadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
		while (!liveCauses.contains("resync") && System.nanoTime() < resyncDeadline) {
			Thread.sleep(200);
		}
		assertThat(liveCauses).as("the listener connected again and the boards were recomputed").contains("resync");
		note("checked: nothing of the refused saves in the database or the change log; load average " + loadAverage());
	}

	private void signIn(WebDriver driver, WebDriverWait driverWait, PortalInstance portal, String user) {
		driver.get(portal.url("login"));
		driverWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys(user);
		driver.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
		driverWait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	private void openReport(WebDriver driver, WebDriverWait driverWait, PortalInstance portal, YearMonth month) {
		driver.get(portal.url("my-stations"));
		driverWait
			.until(d -> d.findElements(By.cssSelector("#my-station-grid vaadin-grid-cell-content"))
				.stream()
				.filter(c -> c.getText().equals(STATION))
				.findFirst()
				.orElse(null))
			.click();
		driverWait.until(ExpectedConditions.textToBe(By.id("my-station-title"), STATION));
		driverWait
			.until(d -> d.findElements(By.cssSelector("#my-station-tabs vaadin-tab"))
				.stream()
				.filter(t -> t.getText().equals("月度服务报告"))
				.findFirst()
				.orElse(null))
			.click();
		driverWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-month"), month.toString()));
	}

	private void type(WebDriverWait driverWait, String fieldId, String text) {
		WebElement input = driverWait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
	}

	private static String value(WebDriver driver, String fieldId) {
		return driver.findElement(By.cssSelector("#" + fieldId + " input")).getDomProperty("value");
	}

	private void waitForSaved(WebDriverWait driverWait, YearMonth month) {
		driverWait.until(d -> saved(d, month));
	}

	private static boolean saved(WebDriver driver, YearMonth month) {
		return driver.findElements(By.tagName("vaadin-notification-card"))
			.stream()
			.anyMatch(c -> c.getText().contains(month + " 的报告已保存"));
	}

	private void waitForRefusal(WebDriverWait driverWait) {
		driverWait.until(DatabaseOutageE2EIT::refusedShown);
	}

	private static boolean refusedShown(WebDriver driver) {
		return driver.findElements(By.tagName("vaadin-notification-card"))
			.stream()
			.anyMatch(c -> c.getText().contains(REFUSED));
	}

	/** Closes the notifications shown, so the next one is told apart. */
	private static void dismissNotifications(WebDriver driver) {
		((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElements(By.tagName("vaadin-notification-card")).isEmpty());
	}

	private HttpResponse<String> health(PortalInstance portal, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portal.managementPort() + path))
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String status(String body) {
		return JsonPath.read(body, "$.status");
	}

	private static int revisions(JdbcClient db, long reportId) {
		return db.sql("SELECT count(*) FROM change_revision WHERE entity_type = 'SERVICE_REPORT' AND entity_id = :id")
			.param("id", reportId)
			.query(Integer.class)
			.single();
	}

	private synchronized void note(String event) {
		String line = String.format(Locale.ROOT, "OUTAGE t=%5.1f s  %s", secondsSinceStop(), event);
		timeline.add(line);
	}

	private double secondsSinceStop() {
		return stoppedAt == 0 ? 0 : (System.nanoTime() - stoppedAt) / 1e9;
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	private static long number(String text) {
		return Long.parseLong(text.replaceAll("[^0-9]", ""));
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
