package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The hardened sign-in in real Chromium: the login form still signs in (it now sends
 * Spring's CSRF token), five wrong passwords bring the throttle message, and the portal
 * runs under its Content-Security-Policy without a single violation on the login page,
 * the station list and the map (base map "none", the test default).
 */
class SignInSecurityE2EIT extends BrowserTest {

	@Test
	void five_wrong_passwords_bring_the_throttle_message_with_the_minutes_to_wait() throws Exception {
		// a username of this test alone (one that does not exist: it is throttled all the
		// same)
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.get(url("login"));
			wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
				.sendKeys("e2e-throttled");
			browser.findElement(By.cssSelector("input[name='password']")).sendKeys("wrong-" + attempt, Keys.ENTER);
			wait.until(ExpectedConditions.urlMatches(attempt < 5 ? "/login\\?error$" : "/login\\?throttled=1$"));
		}
		wait.until(d -> d.findElement(By.tagName("body")).getText().contains("登录尝试过于频繁"));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("请 1 分钟后再试").doesNotContain("用户名或密码不正确");
		BrowserSupport.screenshot(browser, "login-throttled");
	}

	@Test
	void login_station_list_and_map_run_without_content_security_policy_violations() throws Exception {
		ContentSecurityPolicyConsole console = new ContentSecurityPolicyConsole(browser);
		browser.get(url("login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("planner");
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("planner", Keys.ENTER);
		wait.until(ExpectedConditions.textToBe(By.id("station-count"), "共 82 个站点"));
		assertThat(console.violations()).as("login and station list; console: %s", console.everything()).isEmpty();

		browser.get(url("map"));
		wait.until(d -> mapDrawn());
		BrowserSupport.screenshot(browser, "csp-map-none");
		assertThat(console.violations()).as("map; console: %s", console.everything()).isEmpty();

		// the reader sees a violation when there is one
		console.provokeViolation();
		wait.until(d -> !console.violations().isEmpty());
	}

	private boolean mapDrawn() {
		Object paths = ((JavascriptExecutor) browser).executeScript("""
				const map = document.querySelector('us-map');
				if (!map) return 0;
				const root = map.shadowRoot || map;
				return root.querySelectorAll('.leaflet-overlay-pane path, .leaflet-marker-icon').length;""");
		return ((Number) paths).longValue() > 0;
	}

}
