package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every view of the portal on a laptop (1366×768) and on a desktop screen (1920×1080):
 * the last control of each view can be scrolled into view by a user (only through
 * containers that scroll for the user, not ones that merely clip) and clicked. A
 * screenshot of each view is kept under target/e2e/ for a person to look at.
 */
class ViewportE2EIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	/**
	 * Scrolls the element into view and tells whether a user could have done the same:
	 * "ok", or what is wrong.
	 */
	private static final String REACHABLE = """
			const el = arguments[0];
			el.scrollIntoView({block: 'center', inline: 'center'});
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) return 'not rendered';
			const x = r.left + r.width / 2, y = r.top + r.height / 2;
			if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight)
			  return 'outside the window at ' + Math.round(x) + ',' + Math.round(y);
			for (let n = el.parentNode || el.host; n && n.nodeType === 1; n = n.parentNode || n.host) {
			  if ((n.scrollTop > 0 || n.scrollLeft > 0) && n !== document.scrollingElement) {
			    const style = getComputedStyle(n);
			    const scrolls = v => v === 'auto' || v === 'scroll';
			    if ((n.scrollTop > 0 && !scrolls(style.overflowY)) || (n.scrollLeft > 0 && !scrolls(style.overflowX)))
			      return 'only a script can scroll ' + n.tagName.toLowerCase() + '.' + n.className + ' (overflow '
			        + style.overflowY + ')';
			  }
			}
			const hit = document.elementFromPoint(x, y);
			for (let n = hit; n; n = n.parentNode || n.host) { if (n === el) return 'ok'; }
			return 'covered by ' + (hit ? hit.tagName.toLowerCase() + '#' + hit.id + '.' + hit.className : 'nothing');
			""";

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1366, 768", "1920, 1080" })
	void every_view_s_last_control_can_be_reached_and_clicked(int width, int height) throws Exception {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		String size = width + "x" + height;
		List<String> problems = new ArrayList<>();

		browser.get(url("login"));
		check(problems, size, "login", By.cssSelector("vaadin-button[slot='submit'], #language-switch"), false);

		signIn("planner");
		check(problems, size, "station-list", By.id("station-new"), true);
		browser.get(url("stations"));
		check(problems, size, "station-list-drawer", By.id("logout"), false);
		browser.get(url("map"));
		check(problems, size, "map", By.cssSelector("#coverage-toggle vaadin-checkbox:last-of-type"), true);
		long station = jdbc.sql("SELECT min(id) FROM station").query(Long.class).single();
		browser.get(url("stations/edit/" + station));
		check(problems, size, "editor", By.id("station-cancel"), true);
		browser.get(url("stations/import"));
		check(problems, size, "station-import", By.id("import-crs"), true);
		browser.get(url("coverage"));
		check(problems, size, "coverage", By.id("coverage-siting-run"), true);
		browser.get(url("coverage"));
		check(problems, size, "coverage-hex", By.id("coverage-hex-run"), true);
		browser.get(url("demand"));
		check(problems, size, "demand-list", By.id("demand-import"), true);
		browser.get(url("demand/import"));
		check(problems, size, "demand-import", By.id("import-crs"), true);
		for (String programme : List.of("upgrades", "legal", "flagships")) {
			// the grid's last column (history) is reached by scrolling the grid sideways
			browser.get(url("programmes/" + programme));
			check(problems, size, "programme-" + programme, By.cssSelector("#programme-grid .history-button"), false);
		}
		browser.get(url("programmes/upgrades/import"));
		check(problems, size, "programme-import", By.id("import-upload"), false);
		signOut();

		signIn("leader");
		browser.get(url("coverage"));
		check(problems, size, "coverage-leader", By.id("coverage-siting-read-only"), false);
		browser.get(url("kpi/discipline"));
		check(problems, size, "discipline", By.id("discipline-grid"), true);
		signOut();

		signIn("operator");
		browser.get(url("my-stations"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-station-grid")));
		wait.until(d -> d.findElements(By.cssSelector("#my-station-grid vaadin-grid-cell-content"))
			.stream()
			.anyMatch(c -> c.getText().equals("温泉路环卫工会驿站")));
		browser.findElements(By.cssSelector("#my-station-grid vaadin-grid-cell-content"))
			.stream()
			.filter(c -> c.getText().equals("温泉路环卫工会驿站"))
			.findFirst()
			.orElseThrow()
			.click();
		check(problems, size, "my-stations", By.id("op-save"), false);
		signOut();

		signIn("admin");
		browser.get(url("users"));
		check(problems, size, "users", By.cssSelector("#user-grid"), true);
		browser.get(url("programmes/flagships/readiness"));
		check(problems, size, "readiness", By.id("readiness-cancel"), true);

		assertThat(problems).isEmpty();
	}

	/**
	 * Waits for the control, keeps a screenshot of the view, checks that a user can reach
	 * it and, where clicking changes no data, clicks it.
	 */
	private void check(List<String> problems, String size, String view, By lastControl, boolean click)
			throws Exception {
		WebElement control = wait.until(ExpectedConditions.presenceOfElementLocated(lastControl));
		// the map and the grids settle after their first render
		Thread.sleep(800);
		BrowserSupport.screenshot(browser, "viewport-" + size + "-" + view);
		Object reachable = ((JavascriptExecutor) browser).executeScript(REACHABLE, control);
		BrowserSupport.screenshot(browser, "viewport-" + size + "-" + view + "-last-control");
		if (!"ok".equals(reachable)) {
			problems.add(size + " " + view + ": " + reachable);
			return;
		}
		if (click) {
			control.click();
		}
	}

	private void signIn(String user) {
		browser.get(url("login"));
		WebElement username = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
		username.sendKeys(user);
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	private void signOut() {
		browser.manage().deleteAllCookies();
	}

}
