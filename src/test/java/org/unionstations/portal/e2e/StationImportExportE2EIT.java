package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import and export in real headless Chromium: a file goes through the browser's upload,
 * the preview shows its problems, a clean file is imported, and the export menu's CSV
 * link serves the registry over HTTP.
 */
class StationImportExportE2EIT extends BrowserTest {

	private static final String PREFIX = "浏览器导入测试";

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void stopBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
		if (browser != null) {
			BrowserSupport.screenshot(browser, "last-" + test.getTestMethod().orElseThrow().getName());
			browser.quit();
		}
		jdbc.sql("""
				DELETE FROM change_revision WHERE entity_type = 'STATION'
				  AND entity_id IN (SELECT id FROM station WHERE name LIKE :p)
				""").param("p", PREFIX + "%").update();
		jdbc.sql("DELETE FROM station WHERE name LIKE :p").param("p", PREFIX + "%").update();
	}

	@Test
	void a_planner_previews_a_bad_file_then_imports_a_good_one() throws Exception {
		signIn("planner");
		browser.get("http://localhost:" + port + "/stations/import");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));

		upload("bad.csv", "名称,类型,经度,纬度\n" + PREFIX + "一号,工会驿站,114.33,29.86\n" + PREFIX + "二号,驿站X,abc,29.86\n");
		wait.until(ExpectedConditions.textToBe(By.id("import-summary"), "共 2 行，1 行有错误"));
		wait.until(d -> gridText().contains("未知的站点类型“驿站X”"));
		assertThat(browser.findElement(By.id("import-commit")).getDomAttribute("disabled")).isNotNull();
		BrowserSupport.screenshot(browser, "import-preview-with-errors");

		upload("good.csv",
				"名称,类型,经度,纬度,服务项目\n" + PREFIX + "一号,工会驿站,114.33,29.86,热水、无线网络\n" + PREFIX + "二号,心灵驿站,114.34,29.87,\n");
		wait.until(ExpectedConditions.textToBe(By.id("import-summary"), "共 2 行，0 行有错误"));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("import-commit"))).click();

		wait.until(ExpectedConditions.textToBe(By.id("station-count"), "共 84 个站点"));
		assertThat(browser.getCurrentUrl()).endsWith("/stations");
	}

	@Test
	void the_export_menu_serves_the_filtered_registry_as_csv() throws Exception {
		signIn("leader");
		WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#filter-text input")));
		search.sendKeys("温泉路环卫");
		wait.until(ExpectedConditions.textToBe(By.id("station-count"), "共 1 个站点"));
		browser.findElement(By.id("export-menu")).findElement(By.tagName("vaadin-menu-bar-button")).click();
		WebElement csvLink = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-csv")));
		BrowserSupport.screenshot(browser, "export-menu");

		String href = csvLink.getDomProperty("href");
		@SuppressWarnings("unchecked")
		List<String> response = (List<String>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0])
				  .then(r => r.arrayBuffer().then(b => done([r.headers.get('content-disposition'),
				      new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)])))
				  .catch(e => done(['failed: ' + e, '']));
				""", href);
		assertThat(response.get(0)).matches("attachment; filename=\"stations-\\d{4}-\\d{2}-\\d{2}\\.csv\".*");
		String csv = response.get(1);
		assertThat(csv).startsWith("\uFEFF名称,类型,地址,经度,纬度").contains("温泉路环卫工会驿站");
		assertThat(csv.lines().count()).isEqualTo(2);
	}

	private void signIn(String user) {
		browser.get("http://localhost:" + port + "/login");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("station-count")));
	}

	private void upload(String name, String csv) throws Exception {
		Path file = Files.createTempDirectory("portal-e2e-upload").resolve(name);
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		WebElement upload = browser.findElement(By.id("import-upload"));
		// a new file replaces the one shown (the upload takes one file at a time)
		((JavascriptExecutor) browser).executeScript("arguments[0].files = []", upload);
		List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
		WebElement input = inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
				: inputs.get(0);
		input.sendKeys(file.toString());
	}

	private String gridText() {
		return browser.findElements(By.cssSelector("#import-grid vaadin-grid-cell-content"))
			.stream()
			.map(WebElement::getText)
			.reduce("", String::concat);
	}

}
