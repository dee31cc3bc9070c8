package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionstations.portal.kpi.KpiProgressService;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.ProgressDraft;
import org.unionstations.portal.kpi.ProgressRow;

/**
 * The wall screen in real Chromium on a 1920×1080 TV: big type that fits its cards (no
 * text cut off), charts drawn, the page indicator moving on by itself after
 * {@code ?seconds=3}, and a progress entry saved elsewhere showing on the page shown
 * (flashing) without turning it. Screenshots: target/e2e/kpi-wall-1.png (overview),
 * -2.png (cards), -3.png (a KPI behind its pace), -live.png.
 */
@WithUserDetails("leader")
class KpiWallE2EIT extends BrowserTest {

	/** The context this test's application reads (never the JVM-wide holder). */
	@Autowired
	SecurityContextHolderStrategy securityContexts;

	@Autowired
	KpiService kpis;

	@Autowired
	KpiProgressService progress;

	@Autowired
	UserDetailsService users;

	@Test
	void the_wall_fills_a_tv_with_big_type_and_turns_its_pages_by_itself() throws Exception {
		open("kpi/wall?year=2026&seconds=3");
		waitForCharts();
		String first = text("kpi-wall-page");
		assertThat(first).startsWith("1 / ");
		String pages = first.substring("1 / ".length());
		// nothing scrolls: the page fills the screen exactly
		assertThat(js("return document.scrollingElement.scrollHeight <= innerHeight"
				+ " && document.querySelector('.kpi-wall-stage').scrollHeight"
				+ " <= document.querySelector('.kpi-wall-stage').clientHeight + 1"))
			.isEqualTo(true);
		assertThat(px(".kpi-wall-count-number")).isGreaterThanOrEqualTo(48);
		BrowserSupport.screenshot(browser, "kpi-wall-1");

		// the page turns by itself after 3 s
		long start = System.nanoTime();
		new WebDriverWait(browser, Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(50))
			.until(ExpectedConditions.textToBe(By.id("kpi-wall-page"), "2 / " + pages));
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("kpi wall: page 1 → 2 after " + millis + " ms (?seconds=3)");
		assertThat(millis).isGreaterThan(1_000);
		assertThat(text("kpi-wall-page-title")).isEqualTo("指标一览 1/3");
		assertThat(px(".kpi-wall .kpi-actual")).isGreaterThanOrEqualTo(48);
		assertThat(px(".kpi-wall .kpi-name")).isGreaterThanOrEqualTo(24);
		// every card shows all of its lines
		assertThat(js("return [...document.querySelectorAll('.kpi-wall .kpi-card')]"
				+ ".filter(c => c.scrollHeight > c.clientHeight + 1).map(c => c.id)"))
			.isEqualTo(List.of());
		BrowserSupport.screenshot(browser, "kpi-wall-2");

		// on to the first KPI behind its pace: its months and districts drawn
		wait.until(d -> text("kpi-wall-page-title").startsWith("落后"));
		wait.until(d -> rendered("kpi-wall-trend") && rendered("kpi-wall-districts"));
		BrowserSupport.screenshot(browser, "kpi-wall-3");
		// the mouse rests: the cursor goes
		new Actions(browser).moveToLocation(400, 400).perform();
		wait.until(d -> js("return getComputedStyle(document.querySelector('.kpi-wall')).cursor").equals("none"));
	}

	@Test
	void a_progress_entry_saved_elsewhere_shows_on_the_page_shown_without_turning_it() throws Exception {
		open("kpi/wall?year=2026");
		waitForCharts();
		browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
		wait.until(ExpectedConditions.textToBe(By.id("kpi-wall-page-title"), "指标一览 1/3"));
		String page = text("kpi-wall-page");
		String before = text("kpi-actual-WARMTH");
		long warmth = kpis.catalogue(2026)
			.stream()
			.filter(k -> k.code().equals("WARMTH"))
			.findFirst()
			.orElseThrow()
			.id();

		ProgressRow entry = asPlanner(() -> progress
			.create(new ProgressDraft(warmth, kpis.today(), new BigDecimal("41"), false, null, "wall e2e")));
		try {
			long start = System.nanoTime();
			// the wall redraws the page it shows: a figure read while it is replaced is
			// read again
			new WebDriverWait(browser, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(50))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(d -> !text("kpi-actual-WARMTH").equals(before));
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.println("kpi wall: live change shown " + millis + " ms after the save returned");
			assertThat(browser.findElement(By.id("kpi-card-WARMTH")).getAttribute("class"))
				.contains("kpi-wall-changed");
			assertThat(text("kpi-wall-page")).isEqualTo(page);
			BrowserSupport.screenshot(browser, "kpi-wall-live");
		}
		finally {
			asPlanner(() -> {
				progress.delete(entry.id(), entry.version());
				return null;
			});
		}
	}

	private void open(String path) {
		browser.manage().window().setSize(new Dimension(1920, 1080));
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
		browser.get(url("login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("leader");
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("leader", Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
		browser.get(url(path));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kpi-wall-page")));
	}

	private void waitForCharts() {
		wait.until(d -> rendered("kpi-wall-progress"));
	}

	private boolean rendered(String id) {
		return ((Number) js("const c = document.getElementById(arguments[0]);"
				+ " return c && c.renderedVersion ? c.renderedVersion : 0;", id))
			.intValue() >= 1;
	}

	private String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private double px(String selector) {
		return ((Number) js("return parseFloat(getComputedStyle(document.querySelector(arguments[0])).fontSize)",
				selector))
			.doubleValue();
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	private <T> T asPlanner(java.util.function.Supplier<T> write) {
		var reader = securityContexts.getContext();
		UserDetails planner = users.loadUserByUsername("planner");
		securityContexts.setContext(new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities())));
		try {
			return write.get();
		}
		finally {
			securityContexts.setContext(reader);
		}
	}

}
