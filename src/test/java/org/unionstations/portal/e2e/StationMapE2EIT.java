package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The station map in real headless Chromium: the demo network drawn as four clustered
 * layers, a marker clicked with the mouse opens its popup, the popup's edit button leads
 * to the editor, a saved change shows up in the history, user text in popups and tooltips
 * stays text, and leaders get no edit button. With more stations than a view shows as
 * markers, the map shows bins whose counts add up to the network, and clicking bins zooms
 * in until the stations themselves show.
 * <p>
 * Marker clicks are real mouse clicks: the test zooms the map onto the station (so its
 * marker is drawn on its own, outside any cluster), waits for the server's layers of that
 * view, and clicks at the marker's position on the canvas.
 */
class StationMapE2EIT extends BrowserTest {

	static final int DEMO_STATIONS = 82;

	/** The four station layers of the map view, in the order of the layer toggle. */
	static final List<String> STATION_LAYERS = List.of("stations-UNION_POST_STATION", "stations-HEART_STATION",
			"stations-MOTHER_BABY_ROOM", "stations-WORKERS_HOME");

	static final String XSS_NAME = "<img src=x onerror=alert(1)>";

	static final String CROWD = "地图人群站点";

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_planner_sees_the_network_opens_a_popup_and_edits_the_station() throws Exception {
		signIn("planner");
		openMap();

		// every demo station is a marker in one of the four station layers
		assertThat(markerCount()).isEqualTo(DEMO_STATIONS);
		assertThat(markersPerLayer()).containsExactly(Map.entry("stations-UNION_POST_STATION", 40L),
				Map.entry("stations-HEART_STATION", 10L), Map.entry("stations-MOTHER_BABY_ROOM", 26L),
				Map.entry("stations-WORKERS_HOME", 6L));
		assertThat(browser.findElements(By.cssSelector("#layer-toggle vaadin-checkbox"))
			.stream()
			.map(WebElement::getText)
			.toList()).containsExactlyInAnyOrder("工会驿站 (40)", "心灵驿站 (10)", "爱心母婴室 (26)", "职工之家 (6)");
		// zoomed out to the whole city, the markers are clustered
		assertThat(shadow().findElements(By.cssSelector(".us-cluster"))).isNotEmpty();
		BrowserSupport.screenshot(browser, "map-overview");

		long id = stationId("咸安区总工会心灵驿站");
		String oldAddress = "湖北省咸宁市咸安区永安大道88号";
		String newAddress = "湖北省咸宁市咸安区永安大道88号（东楼二层）";
		WebElement popup = clickMarker("stations-HEART_STATION", id);
		assertThat(popup.findElement(By.cssSelector("h3")).getText()).isEqualTo("咸安区总工会心灵驿站");
		assertThat(popup.findElement(By.cssSelector(".sub")).getText()).isEqualTo("心灵驿站");
		assertThat(popupRows(popup)).containsEntry("状态", "开放")
			.containsEntry("所属区县", "咸安区")
			.containsEntry("地址", oldAddress)
			.containsEntry("依托单位", "咸安区总工会")
			.containsEntry("联系方式", "唐文斌 13807154539")
			.containsKey("开放时间");
		// the services' order varies from one server start to the next (StationDetails
		// keeps them in a Set.copyOf), so they are compared as a set
		assertThat(popupRows(popup).get("服务项目").split("、")).containsExactlyInAnyOrder("心理咨询室", "放松减压设备");
		WebElement edit = popup.findElement(By.cssSelector("button[data-action='edit']"));
		assertThat(edit.getText()).isEqualTo("编辑");
		BrowserSupport.screenshot(browser, "map-popup");

		edit.click();
		wait.until(ExpectedConditions.urlToBe(url("stations/edit/" + id)));
		WebElement address = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#station-address input")));
		wait.until(d -> oldAddress.equals(address.getDomProperty("value")));
		js().executeScript("arguments[0].scrollIntoView({block: 'center'})",
				browser.findElement(By.id("location-picker")));
		BrowserSupport.screenshot(browser, "editor-opened");
		js().executeScript("arguments[0].scrollIntoView({block: 'center'})", address);
		address.sendKeys(Keys.chord(Keys.CONTROL, "a"), newAddress);
		WebElement save = browser.findElement(By.id("station-save"));
		// the form scrolls inside the app layout, which Selenium's own scrolling misses
		js().executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
		save.click();

		WebElement notification = wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("vaadin-notification-card[theme~='success']")));
		assertThat(notification.getText()).isEqualTo("已保存“咸安区总工会心灵驿站”");
		BrowserSupport.screenshot(browser, "editor-after-save");
		assertThat(jdbc.sql("SELECT address FROM station WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo(newAddress);

		// after a reload the form shows the saved value, and the history the change
		browser.navigate().refresh();
		WebElement reloaded = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#station-address input")));
		wait.until(d -> newAddress.equals(reloaded.getDomProperty("value")));
		browser.findElement(By.id("history-tab")).click();
		List<String> history = wait.until(d -> {
			List<String> cells = d.findElements(By.cssSelector("#station-history vaadin-grid-cell-content"))
				.stream()
				.map(WebElement::getText)
				.toList();
			return cells.contains(newAddress) ? cells : null;
		});
		// one row of six columns: when, who, action, field, old, new
		int field = history.indexOf("地址");
		assertThat(field).isNotNegative();
		assertThat(history.subList(field - 2, field + 3)).containsExactly("planner", "修改", "地址", oldAddress,
				newAddress);
		BrowserSupport.screenshot(browser, "editor-history");
	}

	@Test
	void a_station_name_with_markup_is_shown_as_text_in_popup_and_tooltip() throws Exception {
		long id = jdbc.sql("""
				INSERT INTO station (type, name, address, location, district_id, status)
				VALUES ('UNION_POST_STATION', :name, '湖北省咸宁市咸安区测试路1号',
				        ST_SetSRID(ST_MakePoint(114.30, 29.86), 4326),
				        (SELECT id FROM district WHERE code = '421202'), 'OPEN')
				RETURNING id
				""").param("name", XSS_NAME).query(Long.class).single();
		try {
			signIn("planner");
			openMap();
			assertThat(markerCount()).isEqualTo(DEMO_STATIONS + 1);

			MarkerSpot icon = zoomToMarker("stations-UNION_POST_STATION", id);
			icon.moveTo(new Actions(browser)).perform();
			WebElement tooltip = wait.until(d -> visibleTooltip());
			assertThat(tooltip.getText()).isEqualTo(XSS_NAME);
			assertThat(tooltip.findElements(By.cssSelector("img"))).isEmpty();

			WebElement popup = click(icon);
			assertThat(popup.findElement(By.cssSelector("h3")).getText()).isEqualTo(XSS_NAME);
			assertThat(popup.findElements(By.cssSelector("img"))).isEmpty();
			assertThat(shadow().findElements(By.cssSelector("img"))).isEmpty();
			assertThat(browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
			// an alert opened by the hover or the click would still be open here (and
			// would
			// have failed every WebDriver command since, as "unexpected alert open")
			assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
			BrowserSupport.screenshot(browser, "map-popup-markup-name");
		}
		finally {
			jdbc.sql("DELETE FROM station WHERE id = ?").param(id).update();
		}
	}

	@Test
	void a_leader_sees_popups_without_the_edit_button() throws Exception {
		signIn("leader");
		openMap();
		assertThat(markerCount()).isEqualTo(DEMO_STATIONS);

		long id = stationId("温泉路环卫工会驿站");
		WebElement popup = clickMarker("stations-UNION_POST_STATION", id);
		assertThat(popup.findElement(By.cssSelector("h3")).getText()).isEqualTo("温泉路环卫工会驿站");
		assertThat(popupRows(popup)).containsEntry("地址", "湖北省咸宁市咸安区温泉路56号");
		// readers get the station page, not the editor
		assertThat(popup.findElements(By.cssSelector("button"))).extracting(WebElement::getText).containsExactly("详情");
		BrowserSupport.screenshot(browser, "map-popup-leader");
	}

	@Test
	void a_crowded_map_shows_bins_and_clicking_them_zooms_in_until_the_stations_show() throws Exception {
		// more stations than a view shows as markers, in a block of 咸安区 (about 200 m
		// apart)
		int extra = 2_100;
		jdbc.sql(
				"""
						INSERT INTO station (type, name, address, location, district_id, status)
						SELECT CASE i % 4 WHEN 0 THEN 'UNION_POST_STATION' WHEN 1 THEN 'MOTHER_BABY_ROOM'
						                  WHEN 2 THEN 'HEART_STATION' ELSE 'WORKERS_HOME' END,
						       :p || i, 'test', ST_SetSRID(ST_MakePoint(114.24 + (i % 60) * 0.002, 29.80 + (i / 60) * 0.002), 4326),
						       (SELECT id FROM district WHERE code = '421202'), 'OPEN'
						  FROM generate_series(0, :n - 1) AS i
						""")
			.param("p", CROWD)
			.param("n", extra)
			.update();
		try {
			signIn("planner");
			browser.get(url("map"));
			wait.until(d -> "bins".equals(layerKinds().get("stations-UNION_POST_STATION")));
			wait.until(d -> layerKinds().values().stream().allMatch("bins"::equals));
			// the labels of all bins add up to every station of the city
			wait.until(d -> binLabelSum() == DEMO_STATIONS + extra);
			assertThat(binLabelSum()).isEqualTo(DEMO_STATIONS + extra);
			BrowserSupport.screenshot(browser, "map-bins");

			// hovering a bin tells what it is
			WebElement biggest = biggestBin();
			new Actions(browser).moveToElement(biggest).perform();
			WebElement tooltip = wait.until(d -> visibleTooltip());
			assertThat(tooltip.getText()).matches(".+：[0-9,]+ 个（点击放大）");

			// each click zooms in by two levels, and the server answers for the new view
			for (int click = 0; click < 6 && layerKinds().containsValue("bins"); click++) {
				long zoom = mapZoom();
				js().executeScript("window.__before = document.querySelector('us-map#station-map')"
						+ ".layers.get('stations-UNION_POST_STATION');");
				// the mouse clicks whatever is drawn there: bins of one cell may overlap
				new Actions(browser).moveToElement(biggestBin()).click().perform();
				wait.until(d -> mapZoom() == Math.min(zoom + 2, 19));
				wait.until(d -> Boolean.TRUE.equals(js().executeScript("return window.__before !== document"
						+ ".querySelector('us-map#station-map').layers.get('stations-UNION_POST_STATION');")));
			}
			wait.until(d -> layerKinds().values().stream().allMatch("markers"::equals));
			assertThat(shadow().findElements(By.cssSelector(".us-bin"))).isEmpty();
			assertThat(markerCount()).isBetween(1L, 2000L);
			BrowserSupport.screenshot(browser, "map-bins-zoomed-in");
		}
		finally {
			jdbc.sql("DELETE FROM station WHERE name LIKE :p || '%'").param("p", CROWD).update();
		}
	}

	@Test
	void a_bin_of_ten_thousand_stations_and_more_is_labelled_compactly_and_its_tooltip_tells_the_exact_count()
			throws Exception {
		// 12,000 union post stations within about 100 m: one bin at the city's zoom
		jdbc.sql("""
				INSERT INTO station (type, name, address, location, district_id, status)
				SELECT 'UNION_POST_STATION', :p || i, 'test',
				       ST_SetSRID(ST_MakePoint(114.30 + (i % 100) * 0.00001, 29.85 + (i / 100) * 0.00001), 4326),
				       (SELECT id FROM district WHERE code = '421202'), 'OPEN'
				  FROM generate_series(0, 11999) AS i
				""").param("p", CROWD).update();
		try {
			signIn("planner");
			browser.get(url("map"));
			wait.until(d -> "bins".equals(layerKinds().get("stations-UNION_POST_STATION")));
			WebElement big = wait.until(d -> shadow().findElements(By.cssSelector(".us-bin div"))
				.stream()
				.filter(b -> Long.parseLong(b.getDomAttribute("data-count")) >= 10_000)
				.findFirst()
				.orElse(null));
			long count = Long.parseLong(big.getDomAttribute("data-count"));
			assertThat(count).isBetween(12_000L, 12_000L + DEMO_STATIONS);
			// the layer's count beside its toggle is grouped as well
			assertThat(browser.findElement(By.id("layer-toggle")).getText()).contains("工会驿站 (12,040)");
			// ten-thousands with one decimal, as Chinese writes large counts
			assertThat(big.getText()).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f万", count / 10_000.0));
			new Actions(browser).moveToElement(big).perform();
			WebElement tooltip = wait.until(d -> visibleTooltip());
			assertThat(tooltip.getText()).contains(String.format(java.util.Locale.ROOT, "%,d", count));
			BrowserSupport.screenshot(browser, "map-bin-compact");
		}
		finally {
			jdbc.sql("DELETE FROM station WHERE name LIKE :p || '%'").param("p", CROWD).update();
		}
	}

	// ---- helpers
	// -----------------------------------------------------------------------------------------------

	private void signIn(String user) {
		browser.get(url("login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	/** Opens the map view and waits until every station layer is drawn. */
	private void openMap() {
		browser.get(url("map"));
		wait.until(d -> markerCount() > 0);
		// Java sends the four station layers in one round trip; give the last one its
		// frames
		wait.until(d -> js().executeAsyncScript(
				"const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));"));
	}

	/**
	 * Markers in the four station layers, as the component holds them; -1 before they
	 * exist.
	 */
	private long markerCount() {
		return markersPerLayer().values()
			.stream()
			.mapToLong(Long::longValue)
			.reduce(0, (a, b) -> a < 0 || b < 0 ? -1 : a + b);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Long> markersPerLayer() {
		Map<String, Long> counts = (Map<String, Long>) js().executeScript("""
				const map = document.querySelector('us-map#station-map');
				const counts = {};
				for (const id of arguments[0]) {
				  const live = map && map.layers && map.layers.get(id);
				  counts[id] = live ? live.group.getLayers().length : -1;
				}
				return counts;
				""", STATION_LAYERS);
		Map<String, Long> ordered = new LinkedHashMap<>();
		STATION_LAYERS.forEach(id -> ordered.put(id, counts.get(id)));
		return ordered;
	}

	/** Each station layer's kind as drawn: markers or bins. */
	@SuppressWarnings("unchecked")
	private Map<String, String> layerKinds() {
		return (Map<String, String>) js().executeScript("""
				const map = document.querySelector('us-map#station-map');
				const kinds = {};
				for (const id of arguments[0]) {
				  const live = map && map.layers && map.layers.get(id);
				  kinds[id] = live ? live.def.kind : 'none';
				}
				return kinds;
				""", STATION_LAYERS);
	}

	private WebElement visibleTooltip() {
		return shadow().findElements(By.cssSelector(".leaflet-tooltip"))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElse(null);
	}

	/** The numbers drawn in the bins, added up. */
	private long binLabelSum() {
		return shadow().findElements(By.cssSelector(".us-bin div")).stream().mapToLong(b -> {
			long count = Long.parseLong(b.getDomAttribute("data-count"));
			// below ten thousand the label is the count itself
			assertThat(b.getText().replace(",", "")).isEqualTo(String.valueOf(count));
			return count;
		}).sum();
	}

	/** The bin with the largest count that lies inside the map (not under a control). */
	private WebElement biggestBin() {
		return (WebElement) js().executeScript("""
				const el = document.querySelector('us-map#station-map');
				const box = el.getBoundingClientRect();
				let best = null, most = -1;
				for (const bin of el.shadowRoot.querySelectorAll('.us-bin')) {
				  const r = bin.getBoundingClientRect();
				  const inside = r.left > box.left + 60 && r.right < box.right - 200 && r.top > box.top + 90
				    && r.bottom < box.bottom - 160;
				  const n = Number(bin.querySelector('div').dataset.count);
				  if (inside && n > most) { most = n; best = bin; }
				}
				return best;
				""");
	}

	private long mapZoom() {
		return ((Number) js().executeScript("return document.querySelector('us-map#station-map').map.getZoom();"))
			.longValue();
	}

	/**
	 * Where a marker is drawn: the map element and the marker's offset from its centre
	 * (markers are on canvas).
	 */
	private record MarkerSpot(WebElement map, int dx, int dy) {

		Actions moveTo(Actions actions) {
			return actions.moveToElement(map, dx, dy);
		}

	}

	/**
	 * Zooms the map onto a station so that its marker is drawn on its own (not in a
	 * cluster), and returns where it is on screen. Markers are canvas circles, so the
	 * mouse goes to the marker's pixel position on the map.
	 */
	private MarkerSpot zoomToMarker(String layer, long stationId) {
		// the server sends the layers of the new view after it; wait for them (at most 5
		// s:
		// a layer that did not change is not sent again)
		js().executeScript("""
				const map = document.querySelector('us-map#station-map');
				const marker = map.layers.get(arguments[0]).markersById.get(String(arguments[1]));
				const at = marker.getLatLng();
				window.__zoomedLayer = map.layers.get(arguments[0]);
				window.__zoomedAt = performance.now();
				map.setView(at.lng, at.lat, 17);
				""", layer, stationId);
		wait.until(d -> Boolean.TRUE.equals(js().executeScript(
				"""
						const map = document.querySelector('us-map#station-map');
						return map.layers.get(arguments[0]) !== window.__zoomedLayer || performance.now() - window.__zoomedAt > 5000;
						""",
				layer)));
		wait.until(d -> Boolean.TRUE.equals(js().executeScript("""
				const map = document.querySelector('us-map#station-map');
				const marker = map.layers.get(arguments[0]).markersById.get(String(arguments[1]));
				return !!(marker._map && !marker._map._animatingZoom && !marker.__clusterHidden);
				""", layer, stationId)));
		// let the map settle (tiles of canvas redrawn) before the mouse goes there
		wait.until(d -> js().executeAsyncScript(
				"const done = arguments[arguments.length - 1]; setTimeout(() => requestAnimationFrame(() => done(true)), 400);"));
		@SuppressWarnings("unchecked")
		List<Number> spot = (List<Number>) js().executeScript("""
				const map = document.querySelector('us-map#station-map');
				const marker = map.layers.get(arguments[0]).markersById.get(String(arguments[1]));
				const p = marker._map.latLngToContainerPoint(marker.getLatLng());
				const r = map.getBoundingClientRect();
				return [p.x - r.width / 2, p.y - r.height / 2];
				""", layer, stationId);
		WebElement mapElement = browser.findElement(By.cssSelector("us-map#station-map"));
		return new MarkerSpot(mapElement, (int) Math.round(spot.get(0).doubleValue()),
				(int) Math.round(spot.get(1).doubleValue()));
	}

	/** Clicks a station's marker with the mouse and returns the popup that opens. */
	private WebElement clickMarker(String layer, long stationId) {
		return click(zoomToMarker(layer, stationId));
	}

	private WebElement click(MarkerSpot marker) {
		marker.moveTo(new Actions(browser)).click().perform();
		return wait.until(d -> shadow().findElements(By.cssSelector(".us-popup")).stream().findFirst().orElse(null));
	}

	private static Map<String, String> popupRows(WebElement popup) {
		Map<String, String> rows = new LinkedHashMap<>();
		for (WebElement tr : popup.findElements(By.cssSelector("tr"))) {
			rows.put(tr.findElement(By.cssSelector("th")).getText(), tr.findElement(By.cssSelector("td")).getText());
		}
		return rows;
	}

	private SearchContext shadow() {
		return browser.findElement(By.cssSelector("us-map#station-map")).getShadowRoot();
	}

	private long stationId(String name) {
		return jdbc.sql("SELECT id FROM station WHERE name = ?").param(name).query(Long.class).single();
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) browser;
	}

}
