package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The map on OpenStreetMap tiles under the Content-Security-Policy: the policy lets the
 * browser ask tile.openstreetmap.org for tiles (these machines reach no tile server, so
 * the tiles fail to load, but not because the policy refused them), and still refuses
 * images from anywhere else. A second portal instance on the same test database, started
 * with {@code portal.map.base-map=osm}; it only migrates, never cleans, so the shared
 * context's data stays as it is.
 */
@TestPropertySource(properties = "portal.map.base-map=osm")
class OsmBaseMapCspE2EIT extends BrowserTest {

	@TestConfiguration
	static class MigrateOnly {

		@Bean
		@Primary
		FlywayMigrationStrategy migrateWithoutCleaning() {
			return flyway -> flyway.migrate();
		}

	}

	@Test
	void the_map_asks_for_osm_tiles_without_content_security_policy_violations() throws Exception {
		ContentSecurityPolicyConsole console = new ContentSecurityPolicyConsole(browser);
		browser.get(url("login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("leader");
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("leader", Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

		browser.get(url("map"));
		wait.until(d -> osmTiles() > 0);
		BrowserSupport.screenshot(browser, "csp-map-osm");
		assertThat(console.violations()).as("map on OSM; console: %s", console.everything()).isEmpty();

		console.provokeViolation();
		wait.until(d -> !console.violations().isEmpty());
	}

	private long osmTiles() {
		Object tiles = ((JavascriptExecutor) browser).executeScript("""
				const map = document.querySelector('us-map');
				if (!map) return 0;
				const root = map.shadowRoot || map;
				return [...root.querySelectorAll('img.leaflet-tile')]
				    .filter(img => img.src.startsWith('https://tile.openstreetmap.org/')).length;""");
		return ((Number) tiles).longValue();
	}

}
