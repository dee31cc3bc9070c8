package org.unionstations.portal.e2e;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What Chromium's console said about the Content-Security-Policy: every "Refused to …
 * because it violates the following Content Security Policy directive" line since the
 * last read. {@link #provokeViolation} makes one on purpose, to show the reader sees
 * them.
 */
final class ContentSecurityPolicyConsole {

	private final WebDriver browser;

	private final List<String> seen = new ArrayList<>();

	ContentSecurityPolicyConsole(WebDriver browser) {
		this.browser = browser;
	}

	/** The CSP violations logged since the last call. */
	List<String> violations() {
		List<String> found = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
			String message = entry.getMessage();
			seen.add(message);
			if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
				found.add(message);
			}
		}
		return found;
	}

	/** Every console line read so far, for a failure's message. */
	List<String> everything() {
		return List.copyOf(seen);
	}

	/** Asks the page to load an image from a host no policy of ours allows. */
	void provokeViolation() {
		((JavascriptExecutor) browser).executeScript(
				"const img = new Image(); img.src = 'https://csp-probe.example.invalid/probe.png'; document.body.append(img);");
	}

}
