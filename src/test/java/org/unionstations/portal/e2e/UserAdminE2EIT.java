package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium at 1366×768: an admin creates a user with a temporary password; the
 * user signs in, is held on the password change until they chose their own, then reaches
 * the portal. Their session in a second browser, signed in before the change, is signed
 * out; the browser that changed it stays signed in.
 */
class UserAdminE2EIT extends BrowserTest {

	private static final String USERNAME = "e2e.zhang";

	private static final String TEMPORARY = "Xianning-e2e-temp";

	private static final String OWN = "Zhang-own-pass-2026";

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_admin_creates_a_user_who_must_change_the_temporary_password_then_reaches_the_portal() throws Exception {
		laptop(browser);
		signIn(browser, wait, "admin", "admin");
		browser.get(url("users"));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("user-new"))).click();
		type(browser, "user-username", USERNAME);
		type(browser, "user-display-name", "张伟");
		browser.findElements(By.cssSelector("#user-roles vaadin-checkbox"))
			.stream()
			.filter(c -> c.getText().equals("规划人员"))
			.findFirst()
			.orElseThrow()
			.findElement(By.tagName("input"))
			.click();
		type(browser, "user-password", TEMPORARY);
		BrowserSupport.screenshot(browser, "users-admin-dialog-1366");
		browser.findElement(By.id("user-save")).click();
		wait.until(d -> cellTexts(d).contains(USERNAME) && cellTexts(d).contains("已启用；临时密码未改"));
		BrowserSupport.screenshot(browser, "users-admin-1366");
		browser.manage().deleteAllCookies();

		// the same user signs in in another browser first (and is held there too)
		WebDriver other = BrowserSupport.startChromium();
		try {
			WebDriverWait otherWait = new WebDriverWait(other, Duration.ofSeconds(60));
			signIn(other, otherWait, USERNAME, TEMPORARY);
			otherWait.until(ExpectedConditions.urlContains("account/password"));

			Instant before = Instant.now().minusSeconds(1);
			signIn(browser, wait, USERNAME, TEMPORARY);
			wait.until(ExpectedConditions.urlContains("account/password"));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-must-change")));
			assertThat(lastSignIn()).isAfter(before);
			browser.get(url("map"));
			wait.until(ExpectedConditions.urlContains("account/password"));

			type(browser, "password-current", TEMPORARY);
			type(browser, "password-new", "zhang");
			type(browser, "password-repeat", "zhang");
			browser.findElement(By.id("password-save")).click();
			wait.until(d -> d.findElement(By.id("password-new")).getText().contains("密码至少需要 10 个字符"));
			BrowserSupport.screenshot(browser, "password-change-1366");

			type(browser, "password-new", OWN);
			type(browser, "password-repeat", OWN);
			browser.findElement(By.id("password-save")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("station-count")));
			assertThat(browser.getCurrentUrl()).doesNotContain("account/password");
			BrowserSupport.screenshot(browser, "password-changed-portal-1366");

			// the other browser's session signed in before the change: signed out
			other.get(url("stations"));
			otherWait.until(ExpectedConditions.urlContains("/login"));
			otherWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
			BrowserSupport.screenshot(other, "password-changed-other-session-1366");
		}
		finally {
			other.quit();
		}
		// this one stays signed in, and goes where it likes
		browser.get(url("map"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
		assertThat(browser.getCurrentUrl()).endsWith("/map");
		assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("张伟");

		// and the new password is the one that signs in from now on
		browser.manage().deleteAllCookies();
		signIn(browser, wait, USERNAME, OWN);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("station-count")));
	}

	@Test
	void an_admin_picks_an_operator_s_station_with_a_mouse_click_on_the_map() throws Exception {
		laptop(browser);
		signIn(browser, wait, "admin", "admin");
		browser.get(url("users"));
		wait.until(d -> cellTexts(d).contains("operator2"));
		WebElement button = browser.findElements(By.cssSelector("#user-grid vaadin-button.user-stations"))
			.stream()
			.filter(b -> b.isDisplayed())
			.reduce((first, second) -> second)
			.orElseThrow();
		// operator2 is the last operator in the list (sorted by username)
		button.click();
		wait.until(ExpectedConditions.textToBe(By.id("assignment-count"), "已选 2 个站点"));
		wait.until(d -> Boolean.TRUE.equals(js(d).executeScript("""
				const map = document.querySelector('us-map#assignment-map');
				const layer = map && map.layers && map.layers.get('assignable');
				return !!layer && layer.group.getLayers().length > 0;
				""")));
		long station = jdbc.sql("""
				SELECT min(s.id) FROM station s WHERE NOT EXISTS (SELECT 1 FROM operator_station o
				  JOIN app_user u ON u.id = o.user_id WHERE o.station_id = s.id AND u.username = 'operator2')
				""").query(Long.class).single();

		// zoom onto the station so its marker is on its own, and click it with the mouse;
		// the
		// view is checked before the click (a fit to the city arriving late once put the
		// view back to the whole city, and the click then hit a neighbouring marker)
		wait.until(d -> {
			js(d).executeScript("""
					const map = document.querySelector('us-map#assignment-map');
					const marker = map.layers.get('assignable').markersById.get(String(arguments[0]));
					const at = marker.getLatLng();
					if (map.map.getZoom() !== 17 || !map.map.getBounds().contains(at)) map.setView(at.lng, at.lat, 17);
					""", station);
			js(d).executeAsyncScript(
					"const done = arguments[arguments.length - 1]; setTimeout(() => requestAnimationFrame(() => done(true)), 600);");
			return Boolean.TRUE.equals(js(d).executeScript("""
					const map = document.querySelector('us-map#assignment-map');
					const marker = map.layers.get('assignable').markersById.get(String(arguments[0]));
					return map.map.getZoom() === 17 && map.map.getBounds().contains(marker.getLatLng());
					""", station));
		});
		@SuppressWarnings("unchecked")
		List<Number> spot = (List<Number>) js(browser).executeScript("""
				const map = document.querySelector('us-map#assignment-map');
				const marker = map.layers.get('assignable').markersById.get(String(arguments[0]));
				const p = marker._map.latLngToContainerPoint(marker.getLatLng());
				const r = map.getBoundingClientRect();
				return [p.x - r.width / 2, p.y - r.height / 2];
				""", station);
		WebElement map = browser.findElement(By.cssSelector("us-map#assignment-map"));
		new Actions(browser).moveToElement(map, spot.get(0).intValue(), spot.get(1).intValue()).click().perform();

		wait.until(ExpectedConditions.textToBe(By.id("assignment-count"), "已选 3 个站点"));
		// the marker turns red: it moves to the layer of the picked ones
		wait.until(d -> "#c62828".equals(js(d).executeScript("""
				const map = document.querySelector('us-map#assignment-map');
				const layer = map.layers.get('assigned');
				const marker = layer && layer.markersById.get(String(arguments[0]));
				return marker && marker.options.fillColor;
				""", station)));
		js(browser).executeScript("""
				const map = document.querySelector('us-map#assignment-map');
				map.setView(114.15, 29.65, 9);
				""");
		wait.until(d -> js(d).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; setTimeout(() => requestAnimationFrame(() => done(true)), 600);"));
		BrowserSupport.screenshot(browser, "users-assign-1366");
		// nothing saved: the demo assignment stays as it is
		browser.findElement(By.id("assignment-cancel")).click();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM operator_station o JOIN app_user u ON u.id = o.user_id
				WHERE u.username = 'operator2'""").query(Long.class).single()).isEqualTo(2);
	}

	private static JavascriptExecutor js(WebDriver driver) {
		return (JavascriptExecutor) driver;
	}

	private Instant lastSignIn() {
		return jdbc.sql("SELECT last_sign_in_at FROM app_user WHERE username = ?")
			.param(USERNAME)
			.query(Instant.class)
			.single();
	}

	private void signIn(WebDriver driver, WebDriverWait driverWait, String username, String password) {
		driver.get(url("login"));
		driverWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys(username);
		driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
		driverWait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	private static void laptop(WebDriver driver) {
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
	}

	private static void type(WebDriver driver, String fieldId, String text) {
		WebElement input = new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(text);
	}

	private static String cellTexts(WebDriver driver) {
		return driver.findElements(By.cssSelector("#user-grid vaadin-grid-cell-content"))
			.stream()
			.map(WebElement::getText)
			.reduce("", (a, b) -> a + "\n" + b);
	}

}
