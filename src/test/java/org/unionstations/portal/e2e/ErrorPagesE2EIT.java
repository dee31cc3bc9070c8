package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Addresses Spring Security sees before Vaadin's router: an unknown path and a view the
 * role may not open give a translated page inside the app frame with a way home, not a
 * bare 403 or Vaadin's English route list.
 */
class ErrorPagesE2EIT extends BrowserTest {

	@Test
	void an_unknown_path_shows_the_not_found_page_with_a_way_home() {
		signIn("planner");
		browser.get(url("no/such/page"));
		wait.until(ExpectedConditions.textToBe(By.id("not-found-title"), "页面不存在"));
		assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("王敏（规划）");
		assertThat(browser.findElement(By.id("not-found-text")).getText()).isEqualTo("这个地址没有对应的页面，或者它所指的记录已不存在。");
		assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Could not navigate")
			.doesNotContain("Forbidden");

		browser.findElement(By.id("error-home")).click();
		wait.until(ExpectedConditions.textToBe(By.id("station-count"), "共 82 个站点"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url(""));
	}

	@Test
	void a_view_the_role_may_not_open_shows_the_access_denied_page() {
		signIn("planner");
		browser.get(url("users"));
		wait.until(ExpectedConditions.textToBe(By.id("access-denied-title"), "无权访问"));
		assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Available routes")
			.doesNotContain("Could not navigate");
		assertThat(browser.findElement(By.id("error-home")).getText()).isEqualTo("返回首页");
	}

	private void signIn(String user) {
		browser.get(url("login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

}
