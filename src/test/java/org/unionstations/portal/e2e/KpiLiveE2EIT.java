package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionstations.portal.kpi.KpiLiveUpdates;
import org.unionstations.portal.kpi.KpiService;

/**
 * The board is live in two real browsers: a leader has the KPI board open; an operator,
 * in another browser, files a station's monthly report through My stations; the leader's
 * people-served figure grows by the people entered within seconds, without a reload, and
 * the card flashes.
 */
class KpiLiveE2EIT extends BrowserTest {

	private static final String STATION = "永安大道快递小哥工会驿站";

	/** How long the leader may wait for the new figure once the operator's save is in. */
	private static final Duration LIVE = Duration.ofSeconds(5);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KpiService kpis;

	@Autowired
	KpiLiveUpdates live;

	private WebDriver operator;

	@AfterEach
	void removeReport() throws Exception {
		if (operator != null) {
			BrowserSupport.screenshot(operator, "last-kpi-live-operator");
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
		// boards cached with the report are forgotten, so the next test reads the demo
		// figures
		live.changed("test");
	}

	@Test
	void a_report_filed_in_one_browser_moves_the_board_open_in_another() throws Exception {
		signIn(browser, wait, "leader");
		browser.get(url("kpi"));
		WebElement figure = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-actual-PEOPLE_SERVED")));
		long before = number(figure.getText());
		((JavascriptExecutor) browser).executeScript("window.__sameBoard = true;");

		operator = BrowserSupport.startChromium();
		WebDriverWait operatorWait = new WebDriverWait(operator, Duration.ofSeconds(60));
		signIn(operator, operatorWait, "operator");
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
		String month = month().toString();
		operatorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-month"), month));
		type(operatorWait, "report-people-SEASONAL_CARE", "86");
		type(operatorWait, "report-people-SKILLS_TRAINING", "37");
		operator.findElement(By.id("report-save")).click();
		operatorWait.until(d -> d.findElements(By.tagName("vaadin-notification-card"))
			.stream()
			.anyMatch(c -> c.getText().contains(month + " 的报告已保存")));
		BrowserSupport.screenshot(operator, "kpi-live-operator-saved");

		long saved = System.nanoTime();
		new WebDriverWait(browser, LIVE).pollingEvery(Duration.ofMillis(50))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> number(d.findElement(By.id("kpi-actual-PEOPLE_SERVED")).getText()) == before + 86 + 37);
		long millis = (System.nanoTime() - saved) / 1_000_000;
		BrowserSupport.screenshot(browser, "kpi-live-changed");
		System.out.printf("KpiLiveE2EIT: the leader's board showed the report %d ms after the operator saw it saved%n",
				millis);

		assertThat(classes(browser.findElement(By.id("kpi-card-PEOPLE_SERVED")))).contains("kpi-changed");
		assertThat(classes(browser.findElement(By.id("kpi-card-MBR_OPEN")))).doesNotContain("kpi-changed",
				"kpi-changed-again");
		assertThat(((JavascriptExecutor) browser).executeScript("return window.__sameBoard === true"))
			.as("the page was not reloaded")
			.isEqualTo(true);
	}

	/**
	 * The last ended month: the month due, and the last the people-served card counts.
	 */
	private YearMonth month() {
		return YearMonth.from(kpis.today()).minusMonths(1);
	}

	private void signIn(WebDriver driver, WebDriverWait driverWait, String user) {
		driver.get(url("login"));
		driverWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys(user);
		driver.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
		driverWait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	private void type(WebDriverWait driverWait, String fieldId, String text) {
		WebElement input = driverWait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
	}

	private static long number(String text) {
		return Long.parseLong(text.replaceAll("[^0-9]", ""));
	}

	private static java.util.List<String> classes(WebElement element) {
		return Arrays.asList(element.getDomAttribute("class").split("\\s+"));
	}

}
