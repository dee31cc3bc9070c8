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
import org.unionstations.portal.base.geo.BinGrid;
import org.unionstations.portal.e2e.BrowserSupport;
import org.unionstations.portal.map.GeoJson;
import org.unionstations.portal.map.MapFeature;

/**
 * How the station map copes with 10,000 more stations, in headless Chromium: the time
 * from opening the map to its first viewport drawn, a zoom in/out cycle, and the frame
 * times while panning; first with the 82 demo stations (the view's fixed cost), then with
 * 10,000 more (random points inside the district polygons, in proportion to their area).
 * Also what the server spends on the data. Prints {@code BENCHMARK} lines; asserts only
 * that every station of the city is on the map (as a marker or counted in a bin). Run:
 * {@code scripts/benchmark.sh MapRenderBenchmark}.
 * <p>
 * The station layers are served per viewport: the browser reports its first viewport once
 * the map is laid out, and the server answers with the stations of that view as markers
 * (82 stations) or as bins per type (10,082). Opening is timed in the page, from
 * navigation start ({@code performance.now()}) to two animation frames after the four
 * station layers stand for every station (markers in their cluster groups, or bins whose
 * counts add up) and each has fired {@code us-layer-ready}, and in Java as wall-clock
 * time from {@code driver.get} until the test sees that moment. Figures depend on the
 * machine and on what else runs on it: the load average is printed with them.
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
	 * layers), the first us-viewport-change (the browser telling the server what it
	 * shows), us-layer-ready events and long tasks; and watches every animation frame for
	 * the moment the four layers stand for all expected stations: markers in their
	 * cluster groups, or bins whose counts add up. "drawn" is two frames after that.
	 */
	static final String PAGE_PROBE = """
			(() => {
			  const LAYERS = %s;
			  const b = window.__bench = { setLayer: {}, ready: {}, build: 0, built: null, complete: null, drawn: null,
			                               firstUpdated: null, viewport: null, longTasks: [] };
			  window.addEventListener('us-viewport-change', (e) => {
			    if (b.viewport == null) b.viewport = { at: performance.now(), detail: e.detail };
			  }, true);
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
			  // how many stations a layer stands for: its markers, or the counts of its bins
			  const stations = (l, drawn) => l.def.kind === 'bins'
			    ? JSON.parse(l.def.geojson).features.reduce((n, f) => n + f.properties.count, 0)
			    : (drawn ? l.group.getLayers().length : l.markersById.size);
			  const tick = () => {
			    const expected = window.__benchExpected;
			    const el = document.querySelector('us-map#station-map');
			    const live = el && el.layers ? LAYERS.map((id) => el.layers.get(id)) : [];
			    if (expected && live.length === LAYERS.length && live.every((l) => l)) {
			      if (b.built == null && live.reduce((n, l) => n + stations(l, false), 0) === expected) {
			        b.built = performance.now();
			      }
			      if (b.built != null && live.reduce((n, l) => n + stations(l, true), 0) === expected
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
			const lives = arguments[0].map((id) => el.layers.get(id));
			return {
			  stations: lives.reduce((n, l) => n + (l.def.kind === 'bins'
			    ? JSON.parse(l.def.geojson).features.reduce((c, f) => c + f.properties.count, 0)
			    : l.group.getLayers().length), 0),
			  features: lives.reduce((n, l) => n + l.group.getLayers().length, 0),
			  kind: lives[0].def.kind,
			  viewportAt: b.viewport ? b.viewport.at : null, viewport: b.viewport ? b.viewport.detail : null,
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

	/**
	 * A zoom in by three levels over 咸安区 and back, each until the server's layers for the
	 * new view are drawn (the four station layers' us-layer-ready after moveend, then two
	 * frames; at most 10 s, for a layer the server found unchanged and did not send).
	 */
	static final String ZOOM_CYCLE = """
			const done = arguments[arguments.length - 1];
			const el = document.querySelector('us-map#station-map');
			const map = el.map;
			const LAYERS = arguments[0];
			const start = map.getCenter(), zoom = map.getZoom();
			const settled = () => new Promise((resolve) => map.once('moveend', () => {
			  const pending = new Set(LAYERS);
			  const finish = () => {
			    el.removeEventListener('us-layer-ready', onReady);
			    clearTimeout(timer);
			    requestAnimationFrame(() => requestAnimationFrame(resolve));
			  };
			  const onReady = (e) => { pending.delete(e.detail.layer); if (pending.size === 0) finish(); };
			  const timer = setTimeout(finish, 10000);
			  el.addEventListener('us-layer-ready', onReady);
			}));
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
	 * Pans 400 px east and back (1 s each) at zoom 12 over 咸安区 (markers or bins, as the
	 * server sends them there), recording every frame's delta until two frames after the
	 * last moveend; the server's answers to each new viewport arrive while it runs.
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
		Map<String, Object> firstViewport = measure(DEMO_STATIONS + EXTRA_STATIONS);
		serverShare(DEMO_STATIONS + EXTRA_STATIONS, firstViewport);
		screenshots(DEMO_STATIONS + EXTRA_STATIONS);
	}

	/**
	 * The map with every station at a laptop's and a desktop's size: opened (the city in
	 * bins) and zoomed in on 咸安区 (single stations), under target/e2e/.
	 */
	@SuppressWarnings("unchecked")
	private void screenshots(int expected) throws Exception {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		for (int[] size : new int[][] { { 1366, 768 }, { 1920, 1080 } }) {
			((ChromiumDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", false));
			browser.get("about:blank");
			browser.get(url("map"));
			wait.until(d -> js.executeScript("return window.__bench && window.__bench.drawn"));
			Map<String, Object> opened = (Map<String, Object>) js.executeScript(READ_PROBE, STATION_LAYERS);
			BrowserSupport.screenshot(browser, "map-%d-stations-bins-%dx%d".formatted(expected, size[0], size[1]));
			js.executeAsyncScript(
					"""
							const done = arguments[arguments.length - 1];
							const el = document.querySelector('us-map#station-map');
							const ready = new Set();
							const onReady = (e) => {
							  const live = el.layers.get(e.detail.layer);
							  if (live && live.def.kind === 'markers') ready.add(e.detail.layer);
							  if (ready.size === arguments[0].length) { el.removeEventListener('us-layer-ready', onReady); done(true); }
							};
							el.addEventListener('us-layer-ready', onReady);
							setTimeout(() => done(false), 20000);
							el.setView(114.32, 29.85, 13);
							""",
					STATION_LAYERS);
			Map<String, Object> zoomed = (Map<String, Object>) js.executeScript(READ_PROBE, STATION_LAYERS);
			BrowserSupport.screenshot(browser, "map-%d-stations-points-%dx%d".formatted(expected, size[0], size[1]));
			System.out.printf(Locale.ROOT,
					"BENCHMARK map %d stations at %dx%d: opened as %s (%d features), zoom 13 on 咸安区 as %s (%d"
							+ " features, %d stations); screenshots under target/e2e/%n",
					expected, size[0], size[1], opened.get("kind"), ((Number) opened.get("features")).longValue(),
					zoomed.get("kind"), ((Number) zoomed.get("features")).longValue(),
					((Number) zoomed.get("stations")).longValue());
		}
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
	 * panning. Returns the first viewport the browser reported in the last run.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> measure(int expected) {
		((ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", "window.__benchExpected = " + expected + ";"));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		List<Map<String, Object>> probes = new ArrayList<>();
		List<Double> wall = new ArrayList<>();
		List<Double> zoomCycles = new ArrayList<>();
		List<Double> panFrames = new ArrayList<>();
		long icons = 0;
		Map<String, Object> viewport = Map.of();
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		for (int run = 0; run <= RUNS; run++) {
			browser.get("about:blank");
			long t0 = System.nanoTime();
			browser.get(url("map"));
			wait.until(d -> js.executeScript("return window.__bench && window.__bench.drawn"));
			double wallMillis = (System.nanoTime() - t0) / 1e6;
			Map<String, Object> probe = (Map<String, Object>) js.executeScript(READ_PROBE, STATION_LAYERS);
			assertThat(((Number) probe.get("stations")).intValue()).as("stations on the map").isEqualTo(expected);
			viewport = (Map<String, Object>) probe.get("viewport");
			Map<String, Number> zoom = (Map<String, Number>) js.executeAsyncScript(ZOOM_CYCLE, STATION_LAYERS);
			Map<String, Object> pan = (Map<String, Object>) js.executeAsyncScript(PAN);
			List<Number> deltas = (List<Number>) pan.get("deltas");
			System.out.printf(Locale.ROOT,
					"BENCHMARK map %d stations, %s: drawn %.0f ms (%s, %d features), wall %.0f ms | DOMContentLoaded %.0f,"
							+ " uidl sent %.0f, first byte %.0f, last byte %.0f (%,d bytes), first viewport sent %.0f,"
							+ " layers handed over %.0f, firstUpdated %.0f-%.0f"
							+ " (build %.0f), markers built %.0f, clustered %.0f | long tasks %.0f ms (longest %.0f)"
							+ " | zoom in %.0f + out %.0f ms | pan %d frames over %d icons, max %.0f ms%n",
					expected, run == 0 ? "warm-up" : "run " + run, n(probe, "drawn"), probe.get("kind"),
					(long) n(probe, "features"), wallMillis, n(probe, "domContentLoaded"), n(probe, "uidlSent"),
					n(probe, "uidlFirstByte"), n(probe, "uidlEnd"), (long) n(probe, "uidlBytes"),
					n(probe, "viewportAt"), n(probe, "layersSet"), n(probe, "firstUpdatedStart"),
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
						+ " first byte %.0f, last byte %.0f (%,.0f bytes); first viewport sent %.0f; station layers"
						+ " (%,.0f chars, %,.0f features) handed to <us-map> %.0f; its firstUpdated %.0f-%.0f, of which"
						+ " buildLayer %.0f; every station drawn (markers clustered or bins) %.0f; drawn %.0f%n",
				expected, median(values(probes, p -> n(p, "domContentLoaded"))),
				median(values(probes, p -> n(p, "uidlSent"))), median(values(probes, p -> n(p, "uidlFirstByte"))),
				median(values(probes, p -> n(p, "uidlEnd"))), median(values(probes, p -> n(p, "uidlBytes"))),
				median(values(probes, p -> n(p, "viewportAt"))), median(values(probes, p -> n(p, "layerChars"))),
				median(values(probes, p -> n(p, "features"))), median(values(probes, p -> n(p, "layersSet"))),
				median(values(probes, p -> n(p, "firstUpdatedStart"))),
				median(values(probes, p -> n(p, "firstUpdatedEnd"))), median(values(probes, p -> n(p, "build"))),
				median(values(probes, p -> n(p, "complete"))), median(drawn));
		return viewport;
	}

	/**
	 * What the server spends per map open on the data, for the first viewport the browser
	 * reported: the counts per type (the layer toggle), the stations of the view (points
	 * or bins, one query), and writing the four layers' GeoJSON the way the view does;
	 * and, for comparison, what the map sent before it was served per viewport (every
	 * station).
	 */
	private void serverShare(int expected, Map<String, Object> viewport) {
		UserDetails planner = users.loadUserByUsername("planner");
		securityContext.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
		BinGrid grid = BinGrid.forView(d(viewport, "west"), d(viewport, "south"), d(viewport, "east"),
				d(viewport, "north"), (int) d(viewport, "zoom"), 64);
		List<Double> counts = new ArrayList<>();
		List<Double> query = new ArrayList<>();
		List<Double> geojson = new ArrayList<>();
		List<Double> everyStation = new ArrayList<>();
		long chars = 0;
		long allChars = 0;
		StationsInView view = null;
		for (int run = 0; run <= RUNS; run++) {
			long t0 = System.nanoTime();
			stations.countByType(StationFilter.ALL, null);
			long t1 = System.nanoTime();
			view = stations.inView(StationFilter.ALL, null, grid, StationService.MAP_POINTS);
			long t2 = System.nanoTime();
			chars = 0;
			for (StationType type : StationType.values()) {
				List<MapFeature> features = view.binned()
						? view.bins()
							.stream()
							.filter(b -> b.type() == type)
							.map(b -> MapFeature.point(type + ":" + b.column() + ":" + b.row(), b.longitude(),
									b.latitude(), Map.of("count", b.count(), "label", type + " " + b.count())))
							.toList()
						: view.points()
							.stream()
							.filter(m -> m.type() == type)
							.map(m -> MapFeature.point(m.id(), m.longitude(), m.latitude(),
									Map.of("name", m.name(), "status", m.status().name())))
							.toList();
				chars += GeoJson.featureCollection(features).length();
			}
			long t3 = System.nanoTime();
			List<StationMarker> markers = stations.markers(StationFilter.ALL);
			allChars = 0;
			for (StationType type : StationType.values()) {
				allChars += GeoJson
					.featureCollection(markers.stream()
						.filter(m -> m.type() == type)
						.map(m -> MapFeature.point(m.id(), m.longitude(), m.latitude(),
								Map.of("name", m.name(), "status", m.status().name())))
						.toList())
					.length();
			}
			long t4 = System.nanoTime();
			assertThat(view.total()).isEqualTo(expected);
			if (run > 0) {
				counts.add((t1 - t0) / 1e6);
				query.add((t2 - t1) / 1e6);
				geojson.add((t3 - t2) / 1e6);
				everyStation.add((t4 - t3) / 1e6);
			}
		}
		securityContext.clearContext();
		System.out.printf(Locale.ROOT,
				"BENCHMARK map %d stations, server share for the first viewport (zoom %d, %dx%d px; medians):"
						+ " counts by type %s, stations in view %s (%s: %,d), GeoJSON of the 4 layers %s (%,d chars);"
						+ " before, every station: query + GeoJSON %s (%,d chars)%n",
				expected, (int) d(viewport, "zoom"), (int) d(viewport, "width"), (int) d(viewport, "height"),
				ms(median(counts)), ms(median(query)), view.binned() ? "bins" : "points",
				view.binned() ? view.bins().size() : view.points().size(), ms(median(geojson)), chars,
				ms(median(everyStation)), allChars);
	}

	private static double d(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).doubleValue();
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
