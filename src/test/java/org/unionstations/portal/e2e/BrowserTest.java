package org.unionstations.portal.e2e;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unionstations.portal.PortalIT;

/**
 * An end-to-end test in real headless Chromium against the portal on a random port: a
 * fresh browser per test, and the last state of every test kept as a screenshot in
 * target/e2e/ (for a person to look at, and to see why a failing one failed).
 */
@PortalIT
abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	protected WebDriver browser;

	protected WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws Exception {
		browser = BrowserSupport.startChromium();
		wait = new WebDriverWait(browser, Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser(TestInfo test) throws Exception {
		if (browser != null) {
			BrowserSupport.screenshot(browser, "last-" + test.getTestMethod().orElseThrow().getName());
			browser.quit();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

}
