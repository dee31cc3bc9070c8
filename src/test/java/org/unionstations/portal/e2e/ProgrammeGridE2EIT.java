package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A planner edits a smart upgrade inline in real Chromium with the keyboard only: Enter
 * opens the focused row, Tab moves to the contractor cell, Enter saves; the change is
 * stored and shows in the record's history.
 */
class ProgrammeGridE2EIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	private long record;

	@AfterEach
	void removeRecord() {
		jdbc.sql("DELETE FROM smart_upgrade WHERE id = :id").param("id", record).update();
	}

	@Test
	void a_row_is_edited_with_the_keyboard_saved_and_seen_in_its_history() throws Exception {
		Map<String, Object> station = jdbc.sql("""
				SELECT s.id, s.name FROM station s
				WHERE s.status = 'OPEN' AND NOT EXISTS (
				    SELECT 1 FROM smart_upgrade u WHERE u.station_id = s.id AND u.programme_year = 2026)
				ORDER BY s.id LIMIT 1
				""").query().singleRow();
		record = jdbc.sql("""
				INSERT INTO smart_upgrade (station_id, programme_year, status, created_by, updated_by)
				VALUES (:s, 2026, 'PLANNED', 'planner', 'planner') RETURNING id
				""").param("s", station.get("id")).query(Long.class).single();
		String name = (String) station.get("name");

		browser.manage().window().setSize(new Dimension(1366, 768));
		browser.get(url("login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("planner");
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("planner", Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
		browser.get(url("programmes/upgrades"));
		WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#filter-text input")));
		BrowserSupport.screenshot(browser, "programme-upgrades-1366");
		search.sendKeys(name);
		wait.until(ExpectedConditions.textToBe(By.id("row-count"), "共 1 条"));

		WebElement nameCell = wait.until(d -> d.findElements(By.cssSelector("#programme-grid vaadin-grid-cell-content"))
			.stream()
			.filter(c -> c.getText().equals(name))
			.findFirst()
			.orElse(null));
		nameCell.click();
		new Actions(browser).sendKeys(Keys.ENTER).perform();
		wait.until(d -> d.findElements(By.cssSelector("#programme-grid vaadin-select")).size() == 1);
		// status → scope → budget → contractor
		BrowserSupport.screenshot(browser, "programme-upgrades-editor-open");
		new Actions(browser).sendKeys(Keys.TAB, Keys.TAB, Keys.TAB).sendKeys("咸宁键盘科技").perform();
		BrowserSupport.screenshot(browser, "programme-upgrades-typed");
		new Actions(browser).sendKeys(Keys.ENTER).perform();

		wait.until(d -> "咸宁键盘科技".equals(jdbc.sql("SELECT contractor FROM smart_upgrade WHERE id = :id")
			.param("id", record)
			.query(String.class)
			.optional()
			.orElse(null)));
		wait.until(d -> d.findElements(By.tagName("vaadin-notification-card"))
			.stream()
			.anyMatch(c -> c.getText().contains("已保存")));
		BrowserSupport.screenshot(browser, "programme-upgrades-saved");

		browser.findElement(By.cssSelector("#programme-grid .history-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history-dialog")));
		wait.until(d -> {
			String text = d.findElement(By.tagName("body")).getText();
			return text.contains("承建单位") && text.contains("咸宁键盘科技");
		});
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("planner");
		BrowserSupport.screenshot(browser, "programme-upgrades-history");
	}

}
