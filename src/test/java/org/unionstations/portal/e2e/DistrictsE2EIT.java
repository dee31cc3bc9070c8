package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real Xianning boundaries in headless Chromium at 1366×768: the station map fits the
 * city the districts make up, and the admin's import page previews the shipped file over
 * the current boundaries. Screenshots: target/e2e/districts-real-1366.png and
 * target/e2e/districts-import-preview.png.
 */
class DistrictsE2EIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_station_map_shows_the_real_boundaries_and_fits_the_city() throws Exception {
		double[] city = jdbc
			.sql("""
					SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(boundary) AS e FROM district) x
					""")
			.query((rs, i) -> new double[] { rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4) })
			.single();
		laptop();
		signIn("planner");
		browser.get(url("map"));
		wait.until(d -> layerSize("station-map", "districts") == 6);
		waitFrames();
		BrowserSupport.screenshot(browser, "districts-real-1366");

		// the view holds the whole city and is not much larger than it
		@SuppressWarnings("unchecked")
		List<Number> view = (List<Number>) js().executeScript("""
				const b = document.querySelector('us-map#station-map').map.getBounds();
				return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
				""");
		assertThat(view.get(0).doubleValue()).isLessThanOrEqualTo(city[0]);
		assertThat(view.get(1).doubleValue()).isLessThanOrEqualTo(city[1]);
		assertThat(view.get(2).doubleValue()).isGreaterThanOrEqualTo(city[2]);
		assertThat(view.get(3).doubleValue()).isGreaterThanOrEqualTo(city[3]);
		assertThat(view.get(2).doubleValue() - view.get(0).doubleValue()).isLessThan(3 * (city[2] - city[0]));
	}

	@Test
	void an_admin_previews_the_shipped_boundaries_over_the_current_ones() throws Exception {
		laptop();
		signIn("admin");
		browser.get(url("admin/districts"));
		WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("district-upload")));
		Path file = Path.of("src/main/resources/db/demo/districts/xianning-421200.geojson").toAbsolutePath();
		List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
		WebElement input = inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
				: inputs.getFirst();
		input.sendKeys(file.toString());
		wait.until(d -> layerSize("district-import-map", "districts-new") == 6);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("district-import-summary"), "3 个有问题"));
		browser.findElement(By.cssSelector("#district-repair input")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("district-import-summary"), "0 个有问题"));
		wait.until(d -> d.findElement(By.id("district-import-commit")).getDomAttribute("disabled") == null);
		js().executeScript("arguments[0].scrollIntoView({block: 'end'})",
				browser.findElement(By.id("district-import-map")));
		waitFrames();
		BrowserSupport.screenshot(browser, "districts-import-preview");
		assertThat(layerSize("district-import-map", "district-gaps")).isEqualTo(1);
	}

	private void laptop() {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
	}

	private void signIn(String user) {
		browser.get(url("login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	/** Features of a layer as the component holds them; -1 before it exists. */
	private long layerSize(String mapId, String layerId) {
		Object size = js().executeScript("""
				const map = document.querySelector('us-map#' + arguments[0]);
				const live = map && map.layers && map.layers.get(arguments[1]);
				return live ? live.group.getLayers().length : -1;
				""", mapId, layerId);
		return ((Number) size).longValue();
	}

	private void waitFrames() {
		js().executeAsyncScript(
				"const done = arguments[arguments.length - 1]; setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))), 500);");
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) browser;
	}

}
