package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The three board charts of {@code <us-chart>} in real Chromium at 1366×768, light and
 * dark, canvas and SVG (on {@link ChartTestView}, a page that exists only in the tests):
 * each chart reports itself drawn, a KPI named {@code <img src=x onerror=alert(1)>} shows
 * as that text in the tooltip and on the SVG axis, a click on a district's bar reaches
 * the server, and a chart follows its container's size.
 */
class ChartE2EIT extends BrowserTest {

	private static final List<String> CHARTS = List.of("chart-progress", "chart-trend", "chart-breakdown");

	@Test
	void the_three_charts_draw_escape_their_labels_and_send_clicks_in_the_light_theme() throws Exception {
		open("test/charts");
		BrowserSupport.screenshot(browser, "chart-light");

		// hovering the hostile KPI's band opens the tooltip with the name as text
		hover("chart-progress", 1, null);
		Map<?, ?> tooltip = waitForTooltip("chart-progress");
		BrowserSupport.screenshot(browser, "chart-light-tooltip");
		assertThat(tooltip.get("text")).asString().contains(ChartTestView.HOSTILE).contains("72%").contains("75%");
		assertThat(tooltip.get("images")).isEqualTo(0L);

		// a click on 赤壁市's bar (the sixth district) reaches the server with its keys
		click("chart-breakdown", 5, "actual");
		wait.until(ExpectedConditions.textToBe(By.id("chart-click"), "5|421281|actual"));
		// a click on the band of 嘉鱼县's column, off its bars, names the district alone
		click("chart-breakdown", 1, null);
		wait.until(ExpectedConditions.textToBe(By.id("chart-click"), "1|421221|"));
		// and a click on a KPI's bar in the progress chart
		click("chart-progress", 2, "progress");
		wait.until(ExpectedConditions.textToBe(By.id("chart-click"), "2|legal|progress"));

		// the chart follows its container: a narrower box, a narrower drawing
		long before = canvasWidth("chart-progress");
		js("document.getElementById('chart-progress').style.width = '400px'");
		wait.until(d -> canvasWidth("chart-progress") == 400);
		assertThat(before).isGreaterThan(400);
		BrowserSupport.screenshot(browser, "chart-light-resized");

		// the server hears each drawn chart: the first breakdown, then a new one sent on
		// a
		// click, drawn with its new figures
		wait.until(ExpectedConditions.textToBe(By.id("chart-rendered"), "1"));
		browser.findElement(By.id("chart-update")).click();
		wait.until(d -> ((Number) js("return document.getElementById('chart-breakdown').renderedVersion;"))
			.intValue() == 2);
		wait.until(ExpectedConditions.textToBe(By.id("chart-rendered"), "2"));
		hover("chart-breakdown", 5, "actual");
		assertThat(waitForTooltip("chart-breakdown").get("text")).asString().contains("赤壁市").contains("13 个");
		BrowserSupport.screenshot(browser, "chart-light-updated");
	}

	@Test
	void the_dark_theme_draws_on_a_dark_background_and_clicks_still_reach_the_server() throws Exception {
		open("test/charts?theme=dark");
		BrowserSupport.screenshot(browser, "chart-dark");
		// April: actual and pace, no projection yet
		hover("chart-trend", 3, "actual");
		Map<?, ?> tooltip = waitForTooltip("chart-trend");
		assertThat(tooltip.get("text")).asString()
			.contains("4月")
			.contains("22 个")
			.contains("24 个")
			.doesNotContain("预测");
		BrowserSupport.screenshot(browser, "chart-dark-tooltip");

		click("chart-breakdown", 0, "target");
		wait.until(ExpectedConditions.textToBe(By.id("chart-click"), "0|421202|target"));
	}

	@Test
	void the_svg_renderer_writes_the_hostile_label_as_svg_text() throws Exception {
		open("test/charts?renderer=svg");
		BrowserSupport.screenshot(browser, "chart-svg");
		Map<?, ?> svg = (Map<?, ?>) js("""
				const root = document.getElementById('chart-progress').shadowRoot;
				const texts = [...root.querySelectorAll('svg text')].map(t => t.textContent);
				return {svg: root.querySelectorAll('svg').length, texts: texts.join('\\n'),
				        images: root.querySelectorAll('img').length};
				""");
		assertThat(svg.get("svg")).isEqualTo(1L);
		assertThat(svg.get("texts")).asString().contains(ChartTestView.HOSTILE).contains("新建驿站");
		assertThat(svg.get("images")).isEqualTo(0L);

		// in print media the chart is still drawn at its box's size
		((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		wait.until(d -> ((Number) js("""
				const r = document.getElementById('chart-breakdown').shadowRoot.querySelector('svg')
				  .getBoundingClientRect();
				return r.width > 300 && r.height > 150 ? 1 : 0;
				""")).intValue() == 1);
		BrowserSupport.screenshot(browser, "chart-svg-print-media");
	}

	private void open(String path) {
		browser.manage().window().setSize(new Dimension(1366, 768));
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
		browser.get(url("login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("leader");
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("leader", Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
		browser.get(url(path));
		for (String chart : CHARTS) {
			wait.until(d -> ((Number) js("const c = document.getElementById(arguments[0]);"
					+ " return c && c.renderedVersion ? c.renderedVersion : 0;", chart))
				.intValue() >= 1);
		}
	}

	private Map<?, ?> position(String chart, int category, String series) {
		Map<?, ?> point = (Map<?, ?>) js("return document.getElementById(arguments[0]).pointPosition(arguments[1],"
				+ " arguments[2] ?? undefined);", chart, category, series);
		assertThat(point).as("%s category %d series %s is drawn", chart, category, series).isNotNull();
		return point;
	}

	private void hover(String chart, int category, String series) {
		Map<?, ?> p = position(chart, category, series);
		new Actions(browser).moveToLocation(((Number) p.get("x")).intValue(), ((Number) p.get("y")).intValue())
			.perform();
	}

	private void click(String chart, int category, String series) {
		Map<?, ?> p = position(chart, category, series);
		new Actions(browser).moveToLocation(((Number) p.get("x")).intValue(), ((Number) p.get("y")).intValue())
			.click()
			.perform();
	}

	private Map<?, ?> waitForTooltip(String chart) {
		return wait.until(d -> {
			Map<?, ?> t = (Map<?, ?>) js("""
					const tip = document.getElementById(arguments[0]).shadowRoot.querySelector('.us-chart-tooltip');
					if (!tip || getComputedStyle(tip).display === 'none' || !tip.textContent) return null;
					return {text: tip.textContent, images: tip.querySelectorAll('img').length};
					""", chart);
			return t;
		});
	}

	private long canvasWidth(String chart) {
		return ((Number) js("const c = document.getElementById(arguments[0]).shadowRoot.querySelector('canvas');"
				+ " return c ? Math.round(c.getBoundingClientRect().width) : 0;", chart))
			.longValue();
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

}
