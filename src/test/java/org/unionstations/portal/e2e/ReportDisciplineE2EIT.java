package org.unionstations.portal.e2e;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionstations.portal.TestClock;

/**
 * The reporting discipline board in Chromium at 1366×768 on 2026-12-01: a leader reads it
 * and opens a late station's page from its name; an operator opens their own late station
 * in My stations on its monthly report. Screenshots under target/e2e/discipline-*.
 */
class ReportDisciplineE2EIT extends BrowserTest {

	@Autowired
	TestClock clock;

	@BeforeEach
	void laptopOnTheFirstOfDecember() {
		clock.fixAt(LocalDate.of(2026, 12, 1));
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
	}

	@AfterEach
	void resetTheClock() {
		clock.reset();
	}

	@Test
	void a_leader_reads_the_board_and_opens_a_late_station() throws Exception {
		signIn("leader");
		browser.get(url("kpi/discipline"));
		WebElement station = link("崇阳县政务服务中心爱心母婴室");
		Thread.sleep(800);
		BrowserSupport.screenshot(browser, "discipline-1366-leader");

		station.click();
		wait.until(ExpectedConditions.textToBe(By.id("station-detail-title"), "崇阳县政务服务中心爱心母婴室"));
	}

	@Test
	void an_operator_opens_their_late_station_on_its_monthly_report() throws Exception {
		signIn("operator");
		browser.get(url("kpi/discipline"));
		WebElement station = link("银泉大道环卫工会驿站");
		Thread.sleep(800);
		BrowserSupport.screenshot(browser, "discipline-1366-operator");

		station.click();
		wait.until(ExpectedConditions.textToBe(By.id("my-station-title"), "银泉大道环卫工会驿站"));
		wait.until(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("#my-station-tabs vaadin-tab[selected]")));
		wait.until(
				d -> d.findElement(By.cssSelector("#my-station-tabs vaadin-tab[selected]")).getText().equals("月度服务报告"));
		Thread.sleep(500);
		BrowserSupport.screenshot(browser, "discipline-1366-operator-report");
	}

	/**
	 * The late station's name in the board's grid, once the grid shows it, scrolled into
	 * view as a user would scroll the grid.
	 */
	private WebElement link(String name) {
		WebElement link = wait.until(d -> d.findElements(By.cssSelector("#discipline-grid a.discipline-station"))
			.stream()
			.filter(a -> a.getText().equals(name))
			.findFirst()
			.orElse(null));
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", link);
		return link;
	}

	private void signIn(String user) {
		browser.get(url("login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

}
