package org.unionstations.portal.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.e2e.BrowserSupport;
import org.unionstations.portal.map.GeoJson;
import org.unionstations.portal.map.MapFeature;

/**
 * How the station map copes with 10,000 more stations, in headless Chromium: the time
 * from opening the map to every marker drawn, a zoom in/out cycle, and the frame times
 * while panning; first with the 82 demo stations (the view's fixed cost), then with
 * 10,000 more (random points inside the district polygons, in proportion to their area).
 * Also what the server spends on the data. Prints {@code BENCHMARK} lines; asserts only
 * that every marker is there. Run: {@code scripts/benchmark.sh MapRenderBenchmark}.
 * <p>
 * Opening is timed in the page, from navigation start ({@code performance.now()}) to two
 * animation frames after the four station layers hold all their markers and each has
 * fired {@code us-layer-ready} (markercluster clusters in chunks, so a layer's event
 * alone does not mean all its markers are in), and in Java as wall-clock time from
 * {@code driver.get} until the test sees that moment. Figures depend on the machine and
 * on what else runs on it: the load average is printed with them.
 */
@PortalIT
class MapRenderBenchmark {

	static final int EXTRA_STATIONS = 10_000;

	static final int DEMO_STATIONS = 82;

	static final String NAME_PREFIX = "基准站点";

	static final int RUNS = 5;

	static final List<String> STATION_LAYERS = List.of("stations-UNION_POST_STATION", "stations-HEART_STATION",
			"stations-MOTHER_BABY_ROOM", "stations-WORKERS_HOME");

	/**
	 * Installed before any page script runs. Records each station layer's setLayer call
	 * (when Vaadin hands it over, payload size), the time spent in buildLayer (JSON.parse
	 * and marker creation), the component's firstUpdated (Leaflet set-up, then the queued
	 * layers: build and markercluster's first chunk), us-layer-ready events and long
	 * tasks; and watches every animation frame for the moment all expected markers are in
	 * their cluster groups. "drawn" is two frames after that.
	 */
	static final String PAGE_PROBE = """
			(() => {
			  const LAYERS = %s;
			  const b = window.__bench = { setLayer: {}, ready: {}, build: 0, built: null, complete: null, drawn: null,
			                               firstUpdated: null, longTasks: [] };
			  window.addEventListener('us-layer-ready', (e) => {
			    b.ready[e.detail.layer] = { at: performance.now(), count: e.detail.count, millis: e.detail.millis };
			  }, true);
			  try {
			    new PerformanceObserver((list) => list.getEntries().forEach((t) =>
			      b.longTasks.push({ start: t.startTime, duration: t.duration }))).observe({ type: 'longtask', buffered: true });
			  } catch (e) { /* no long task timing in this browser */ }
			  customElements.whenDefined('us-map').then(() => {
			    const proto = customElements.get('us-map').prototype;
			    const wrap = (name, around) => {
			      const f = proto[name];
			      proto[name] = function (...args) { return around.call(this, f, args); };
			    };
			    wrap('setLayer', function (f, [json]) {
			      const m = /"id":"([^"]+)"/.exec(json.slice(0, 200));
			      if (m) b.setLayer[m[1]] = { at: performance.now(), chars: json.length };
			      return f.call(this, json);
			    });
			    wrap('buildLayer', function (f, [def]) {
			      const start = performance.now();
			      const result = f.call(this, def);
			      if (LAYERS.includes(def.id)) b.build += performance.now() - start;
			      return result;
			    });
			    wrap('firstUpdated', function (f, args) {
			      const start = performance.now();
			      const result = f.apply(this, args);
			      if (this.id === 'station-map') b.firstUpdated = { start, end: performance.now() };
			      return result;
			    });
			  });
			  const tick = () => {
			    const expected = window.__benchExpected;
			    const el = document.querySelector('us-map#station-map');
			    const live = el && el.layers ? LAYERS.map((id) => el.layers.get(id)) : [];
			    if (expected && live.length === LAYERS.length && live.every((l) => l)) {
			      if (b.built == null && live.reduce((n, l) => n + l.markersById.size, 0) === expected) {
			        b.built = performance.now();
			      }
			      if (b.built != null && live.reduce((n, l) => n + l.group.getLayers().length, 0) === expected
			          && LAYERS.every((id) => b.ready[id])) {
			        b.complete = performance.now();
			        requestAnimationFrame(() => requestAnimationFrame(() => { b.drawn = performance.now(); }));
			        return;
			      }
			    }
			    if (performance.now() < 180000) requestAnimationFrame(tick);
			  };
			  requestAnimationFrame(tick);
			})();
			""";

	/** What the probe found, read once "drawn" is set. */
	static final String READ_PROBE = """
			const b = window.__bench;
			const el = document.querySelector('us-map#station-map');
			const nav = performance.getEntriesByType('navigation')[0];
			const uidl = performance.getEntriesByType('resource').filter((r) => r.name.includes('v-r=uidl'))
			  .sort((x, y) => y.decodedBodySize - x.decodedBodySize)[0];
			const starts = Object.entries(b.setLayer).filter(([id]) => arguments[0].includes(id)).map(([, s]) => s.at);
			const chars = Object.entries(b.setLayer).filter(([id]) => arguments[0].includes(id))
			  .reduce((n, [, s]) => n + s.chars, 0);
			return {
			  markers: arguments[0].map((id) => el.layers.get(id).group.getLayers().length).reduce((a, n) => a + n, 0),
			  drawn: b.drawn, complete: b.complete, built: b.built, build: b.build,
			  domContentLoaded: nav.domContentLoadedEventEnd,
			  uidlSent: uidl.requestStart, uidlFirstByte: uidl.responseStart, uidlEnd: uidl.responseEnd,
			  uidlBytes: uidl.decodedBodySize,
			  layersSet: Math.min(...starts), layerChars: chars,
			  firstUpdatedStart: b.firstUpdated ? b.firstUpdated.start : null,
			  firstUpdatedEnd: b.firstUpdated ? b.firstUpdated.end : null,
			  longTaskMillis: b.longTasks.filter((t) => t.start <= b.drawn).reduce((n, t) => n + t.duration, 0),
			  longestTask: b.longTasks.filter((t) => t.start <= b.drawn).reduce((n, t) => Math.max(n, t.duration), 0)
			};
			""";

	/** A zoom in by three levels over 咸安区 and back, each until moveend and two frames. */
	static final String ZOOM_CYCLE = """
			const done = arguments[arguments.length - 1];
			const el = document.querySelector('us-map#station-map');
			const map = el.map;
			const start = map.getCenter(), zoom = map.getZoom();
			const settled = () => new Promise((resolve) => map.once('moveend', () =>
			    requestAnimationFrame(() => requestAnimationFrame(resolve))));
			const t0 = performance.now();
			const zoomedIn = settled();
			el.setView(114.32, 29.85, zoom + 3);
			zoomedIn.then(() => {
			  const t1 = performance.now();
			  const zoomedOut = settled();
			  el.setView(start.lng, start.lat, zoom);
			  return zoomedOut.then(() => done({ in: t1 - t0, out: performance.now() - t1, total: performance.now() - t0 }));
			});
			""";

	/**
	 * Pans 400 px east and back (1 s each) at zoom 12 over 咸安区, where markers are partly
	 * unclustered, recording every frame's delta until two frames after the last moveend.
	 */
	static final String PAN = """
			const done = arguments[arguments.length - 1];
			const el = document.querySelector('us-map#station-map');
			const map = el.map;
			const deltas = [];
			let last = null, running = true;
			const frame = (t) => { if (last != null) deltas.push(t - last); last = t; if (running) requestAnimationFrame(frame); };
			const moved = () => new Promise((resolve) => map.once('moveend', resolve));
			const prepared = moved();
			map.setView([29.85, 114.32], 12, { animate: false });
			prepared.then(() => new Promise((r) => setTimeout(r, 500))).then(() => {
			  const icons = el.renderRoot.querySelectorAll('.leaflet-marker-icon').length;
			  requestAnimationFrame(frame);
			  const east = moved();
			  map.panBy([400, 0], { duration: 1.0 });
			  return east.then(() => {
			    const west = moved();
			    map.panBy([-400, 0], { duration: 1.0 });
			    return west;
			  }).then(() => requestAnimationFrame(() => requestAnimationFrame(() => {
			    running = false;
			    done({ deltas, icons });
			  })));
			});
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StationService stations;

	@Autowired
	UserDetailsService users;

	@Autowired
	SecurityContextHolderStrategy securityContext;

	private WebDriver browser;

	private WebDriverWait wait;

	@AfterEach
	void cleanUp() {
		if (browser != null) {
			browser.quit();
		}
		securityContext.clearContext();
		jdbc.sql("DELETE FROM station WHERE name LIKE :prefix || '%'").param("prefix", NAME_PREFIX).update();
	}

	@Test
	void the_map_with_ten_thousand_more_stations() throws Exception {
		browser = BrowserSupport.startChromium();
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		((ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", PAGE_PROBE.formatted(toJsArray(STATION_LAYERS))));
		wait = new WebDriverWait(browser, Duration.ofSeconds(120));
		wait.pollingEvery(Duration.ofMillis(20));
		browser.get(url("login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("planner");
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("planner", Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

		measure(DEMO_STATIONS);

		insertStations();
		serverShare(DEMO_STATIONS + EXTRA_STATIONS);
		measure(DEMO_STATIONS + EXTRA_STATIONS);
	}

	/** Random points inside the district polygons, each district's share by its area. */
	private void insertStations() {
		long started = System.nanoTime();
		jdbc.sql(
				"""
						WITH d AS (
						    SELECT id, boundary, ST_Area(boundary::geography) AS area,
						           sum(ST_Area(boundary::geography)) OVER (ORDER BY id) AS upto,
						           sum(ST_Area(boundary::geography)) OVER () AS total
						      FROM district
						), quota AS (
						    -- points per district in proportion to its area, summing to exactly :n
						    SELECT id, boundary, (floor(:n * upto / total) - floor(:n * (upto - area) / total))::int AS k
						      FROM d
						), points AS (
						    SELECT id AS district_id, (ST_Dump(ST_GeneratePoints(boundary, k, 20260 + id::int))).geom AS location
						      FROM quota WHERE k > 0
						), numbered AS (
						    SELECT district_id, location,
						           row_number() OVER (ORDER BY district_id, ST_X(location), ST_Y(location)) AS i
						      FROM points
						)
						INSERT INTO station (type, name, address, location, district_id, status)
						SELECT CASE WHEN i % 10 < 5 THEN 'UNION_POST_STATION' WHEN i % 10 < 8 THEN 'MOTHER_BABY_ROOM'
						            WHEN i % 10 = 8 THEN 'HEART_STATION' ELSE 'WORKERS_HOME' END,
						       :prefix || lpad(i::text, 5, '0'), '基准测试地址 ' || i, location, district_id, 'OPEN'
						  FROM numbered
						""")
			.param("n", EXTRA_STATIONS)
			.param("prefix", NAME_PREFIX)
			.update();
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT s.name) FROM station s JOIN district d ON d.id = s.district_id
				 WHERE s.name LIKE :prefix || '%' AND ST_Covers(d.boundary, s.location)
				""").param("prefix", NAME_PREFIX).query(Long.class).single()).isEqualTo(EXTRA_STATIONS);
		System.out.printf(Locale.ROOT, "BENCHMARK map: inserted %,d stations inside the districts in %s%n",
				EXTRA_STATIONS, ms((System.nanoTime() - started) / 1e6));
	}

	/**
	 * One warm-up and RUNS measured openings of the map, each followed by zooming and
	 * panning.
	 */
	@SuppressWarnings("unchecked")
	private void measure(int expected) {
		((ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", "window.__benchExpected = " + expected + ";"));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		List<Map<String, Object>> probes = new ArrayList<>();
		List<Double> wall = new ArrayList<>();
		List<Double> zoomCycles = new ArrayList<>();
		List<Double> panFrames = new ArrayList<>();
		long icons = 0;
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		for (int run = 0; run <= RUNS; run++) {
			browser.get("about:blank");
			long t0 = System.nanoTime();
			browser.get(url("map"));
			wait.until(d -> js.executeScript("return window.__bench && window.__bench.drawn"));
			double wallMillis = (System.nanoTime() - t0) / 1e6;
			Map<String, Object> probe = (Map<String, Object>) js.executeScript(READ_PROBE, STATION_LAYERS);
			assertThat(((Number) probe.get("markers")).intValue()).as("markers on the map").isEqualTo(expected);
			Map<String, Number> zoom = (Map<String, Number>) js.executeAsyncScript(ZOOM_CYCLE);
			Map<String, Object> pan = (Map<String, Object>) js.executeAsyncScript(PAN);
			List<Number> deltas = (List<Number>) pan.get("deltas");
			System.out.printf(Locale.ROOT,
					"BENCHMARK map %d stations, %s: drawn %.0f ms, wall %.0f ms | DOMContentLoaded %.0f, uidl sent %.0f,"
							+ " first byte %.0f, last byte %.0f (%,d bytes), layers handed over %.0f, firstUpdated %.0f-%.0f"
							+ " (build %.0f), markers built %.0f, clustered %.0f | long tasks %.0f ms (longest %.0f)"
							+ " | zoom in %.0f + out %.0f ms | pan %d frames over %d icons, max %.0f ms%n",
					expected, run == 0 ? "warm-up" : "run " + run, n(probe, "drawn"), wallMillis,
					n(probe, "domContentLoaded"), n(probe, "uidlSent"), n(probe, "uidlFirstByte"), n(probe, "uidlEnd"),
					(long) n(probe, "uidlBytes"), n(probe, "layersSet"), n(probe, "firstUpdatedStart"),
					n(probe, "firstUpdatedEnd"), n(probe, "build"), n(probe, "built"), n(probe, "complete"),
					n(probe, "longTaskMillis"), n(probe, "longestTask"), zoom.get("in").doubleValue(),
					zoom.get("out").doubleValue(), deltas.size(), ((Number) pan.get("icons")).longValue(),
					deltas.stream().mapToDouble(Number::doubleValue).max().orElse(Double.NaN));
			if (run == 0) {
				continue;
			}
			probes.add(probe);
			wall.add(wallMillis);
			zoomCycles.add(zoom.get("total").doubleValue());
			deltas.forEach(d -> panFrames.add(d.doubleValue()));
			icons = ((Number) pan.get("icons")).longValue();
		}
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		List<Double> drawn = values(probes, p -> n(p, "drawn"));
		System.out.printf(Locale.ROOT,
				"BENCHMARK map %d stations: open-to-drawn median %s (max %s) in page, wall-clock median %s (max %s);"
						+ " zoom cycle median %s (max %s); pan frame p50 %s, p95 %s, max %s (%d frames, %d marker icons"
						+ " in view); load average %.1f -> %.1f on %d cores%n",
				expected, ms(median(drawn)), ms(max(drawn)), ms(median(wall)), ms(max(wall)), ms(median(zoomCycles)),
				ms(max(zoomCycles)), ms(percentile(panFrames, 50)), ms(percentile(panFrames, 95)), ms(max(panFrames)),
				panFrames.size(), icons, loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT,
				"BENCHMARK map %d stations, medians (ms from navigation start): DOMContentLoaded %.0f; uidl sent %.0f,"
						+ " first byte %.0f, last byte %.0f (%,.0f bytes, station layers %,.0f chars); layers handed to"
						+ " <us-map> %.0f; its firstUpdated %.0f-%.0f, of which buildLayer %.0f; all markers clustered"
						+ " %.0f; drawn %.0f%n",
				expected, median(values(probes, p -> n(p, "domContentLoaded"))),
				median(values(probes, p -> n(p, "uidlSent"))), median(values(probes, p -> n(p, "uidlFirstByte"))),
				median(values(probes, p -> n(p, "uidlEnd"))), median(values(probes, p -> n(p, "uidlBytes"))),
				median(values(probes, p -> n(p, "layerChars"))), median(values(probes, p -> n(p, "layersSet"))),
				median(values(probes, p -> n(p, "firstUpdatedStart"))),
				median(values(probes, p -> n(p, "firstUpdatedEnd"))), median(values(probes, p -> n(p, "build"))),
				median(values(probes, p -> n(p, "complete"))), median(drawn));
	}

	/**
	 * What the server spends per map open on the data: the marker query, the counts per
	 * type, and writing the four GeoJSON payloads the way the view does.
	 */
	private void serverShare(int expected) {
		UserDetails planner = users.loadUserByUsername("planner");
		securityContext.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
		List<Double> query = new ArrayList<>();
		List<Double> counts = new ArrayList<>();
		List<Double> geojson = new ArrayList<>();
		long chars = 0;
		for (int run = 0; run <= RUNS; run++) {
			long t0 = System.nanoTime();
			List<StationMarker> markers = stations.markers(StationFilter.ALL);
			long t1 = System.nanoTime();
			markers.stream()
				.collect(java.util.stream.Collectors.groupingBy(StationMarker::type,
						java.util.stream.Collectors.counting()));
			long t2 = System.nanoTime();
			chars = 0;
			for (StationType type : StationType.values()) {
				List<MapFeature> features = markers.stream()
					.filter(m -> m.type() == type)
					.map(m -> MapFeature.point(m.id(), m.longitude(), m.latitude(),
							Map.of("name", m.name(), "status", m.status().name())))
					.toList();
				chars += GeoJson.featureCollection(features).length();
			}
			long t3 = System.nanoTime();
			assertThat(markers).hasSize(expected);
			if (run > 0) {
				query.add((t1 - t0) / 1e6);
				counts.add((t2 - t1) / 1e6);
				geojson.add((t3 - t2) / 1e6);
			}
		}
		securityContext.clearContext();
		System.out.printf(Locale.ROOT,
				"BENCHMARK map %d stations, server share (medians): markers query %s, counts by type %s,"
						+ " GeoJSON of the 4 layers %s (%,d chars)%n",
				expected, ms(median(query)), ms(median(counts)), ms(median(geojson)), chars);
	}

	private static List<Double> values(List<Map<String, Object>> probes, ToDoubleFunction<Map<String, Object>> f) {
		return probes.stream().map(p -> f.applyAsDouble(p)).toList();
	}

	private static double n(Map<String, Object> map, String key) {
		Object value = map == null ? null : map.get(key);
		return value instanceof Number number ? number.doubleValue() : Double.NaN;
	}

	private static String toJsArray(List<String> ids) {
		return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "[", "]"));
	}

	private static double median(List<Double> values) {
		return percentile(values, 50);
	}

	private static double max(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
	}

	/** Nearest-rank percentile. */
	private static double percentile(List<Double> values, int p) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private static String ms(double millis) {
		return millis >= 1000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
				: String.format(Locale.ROOT, "%.0f ms", millis);
	}

	private String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

}
