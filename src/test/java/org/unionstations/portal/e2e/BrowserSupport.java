package org.unionstations.portal.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, headless, with every background-networking feature
 * off: these machines have no internet and Chromium would otherwise keep trying. Paths
 * can be overridden with CHROME_BIN / CHROMEDRIVER.
 */
public final class BrowserSupport {

	private BrowserSupport() {
	}

	public static WebDriver startChromium() throws IOException {
		String chrome = env("CHROME_BIN", "/usr/bin/chromium");
		String driver = env("CHROMEDRIVER", "/usr/bin/chromedriver");
		Path profile = Files.createTempDirectory("portal-e2e-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chrome);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--disable-extensions", "--window-size=1440,900", "--lang=zh-CN",
				"--user-data-dir=" + profile);
		// the console (CSP violations among it) is kept for tests to read:
		// browser.manage().logs()
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
			.usingAnyFreePort()
			.build();
		ChromeDriver chromium = new ChromeDriver(service, options);
		chromium.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return chromium;
	}

	/** Keeps a screenshot under target/e2e/ for a person to look at. */
	public static Path screenshot(WebDriver driver, String name) throws IOException {
		Path target = Path.of("target", "e2e", name + ".png");
		Files.createDirectories(target.getParent());
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
