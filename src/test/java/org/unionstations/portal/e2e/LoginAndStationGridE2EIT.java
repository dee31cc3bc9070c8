package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A real user in real headless Chromium: sign in, see the station grid, find a station.
 */
class LoginAndStationGridE2EIT extends BrowserTest {

	@Test
	void a_planner_signs_in_and_finds_a_station_in_the_grid() throws Exception {
		browser.get("http://localhost:" + port + "/");

		// not signed in: the portal sends us to its login form, in Chinese
		WebElement username = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(browser.getTitle()).isEqualTo("登录 · 工会阵地地图管理平台");
		username.sendKeys("planner");
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("planner", Keys.ENTER);

		wait.until(ExpectedConditions.textToBe(By.id("station-count"), "共 82 个站点"));
		assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("王敏（规划）");
		assertThat(browser.getTitle()).isEqualTo("站点名录");

		WebElement search = browser.findElement(By.cssSelector("#filter-text input"));
		search.sendKeys("温泉路环卫");
		wait.until(ExpectedConditions.textToBe(By.id("station-count"), "共 1 个站点"));
		wait.until(d -> d.findElements(By.cssSelector("#station-grid vaadin-grid-cell-content"))
			.stream()
			.anyMatch(c -> c.getText().equals("温泉路环卫工会驿站")));
		search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		wait.until(ExpectedConditions.textToBe(By.id("station-count"), "共 82 个站点"));

		Path shot = BrowserSupport.screenshot(browser, "station-grid");
		assertThat(Files.size(shot)).isGreaterThan(10_000);
	}

	@Test
	void a_wrong_password_keeps_the_user_out_with_a_message() {
		browser.get("http://localhost:" + port + "/login");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("planner");
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("wrong", Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("error"));
		wait.until(d -> d.findElement(By.tagName("body")).getText().contains("用户名或密码不正确"));
	}

}
