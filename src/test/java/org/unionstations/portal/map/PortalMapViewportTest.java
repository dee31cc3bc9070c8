package org.unionstations.portal.map;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Viewport layers on the Java side of {@code <us-map>} in a browserless UI (Karibu): when
 * the source is asked, what goes to the browser, and what a hidden or removed layer
 * costs.
 */
class PortalMapViewportTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern FUNCTION = Pattern.compile("\\$0\\.(\\w+)\\(");

	private PortalMap map;

	/** The viewports the source was asked for, in order. */
	private final List<Viewport> asked = new ArrayList<>();

	/** What the source answers: one bin per call, counting the calls. */
	private final ViewportLayerSource source = viewport -> {
		asked.add(viewport);
		return MapLayer
			.bins("bins",
					List.of(MapFeature.point("b1", (viewport.west() + viewport.east()) / 2,
							(viewport.south() + viewport.north()) / 2, Map.of(MapLayer.COUNT, 12L, "label", "12 个"))),
					LayerStyle.fixed("#c8102e"))
			.tooltip("label");
	};

	@BeforeEach
	void setUp() {
		MockVaadin.setup();
		map = new PortalMap(new BaseMap(BaseMap.Kind.NONE, null));
		UI.getCurrent().add(map);
		pendingJs(); // the base map
	}

	@AfterEach
	void tearDown() {
		MockVaadin.tearDown();
	}

	@Test
	void the_source_is_asked_once_the_browser_reports_the_viewport_and_after_every_change() {
		map.setViewportLayer("bins", source);
		assertThat(asked).isEmpty();
		assertThat(map.viewport()).isEmpty();
		assertThat(map.layer("bins")).isEmpty();

		moveTo(114.0, 29.5, 114.6, 30.1, 10);
		Viewport first = new Viewport(114.0, 29.5, 114.6, 30.1, 10, 1366, 768);
		assertThat(asked).containsExactly(first);
		assertThat(map.viewport()).contains(first);
		JsonNode sent = lastSetLayer();
		assertThat(sent.get("kind").asString()).isEqualTo("bins");
		assertThat(sent.get("tooltipProperty").asString()).isEqualTo("label");
		JsonNode bin = JSON.readTree(sent.get("geojson").asString()).get("features").get(0);
		assertThat(bin.get("properties").get("count").asLong()).isEqualTo(12);
		assertThat(bin.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(114.3);

		moveTo(114.2, 29.7, 114.5, 30.0, 11);
		assertThat(asked).hasSize(2);
		assertThat(map.layer("bins").orElseThrow().features().getFirst().point()[0]).isEqualTo(114.35);
	}

	@Test
	void a_layer_registered_after_the_viewport_is_known_is_drawn_at_once() {
		moveTo(114.0, 29.5, 114.6, 30.1, 10);
		map.setViewportLayer("bins", source);
		assertThat(asked).hasSize(1);
		assertThat(lastSetLayer().get("id").asString()).isEqualTo("bins");
	}

	@Test
	void a_hidden_layer_is_not_asked_and_is_asked_at_once_when_shown_again() {
		map.setViewportLayer("bins", source);
		moveTo(114.0, 29.5, 114.6, 30.1, 10);
		pendingJs();

		map.setLayerVisible("bins", false);
		assertThat(pendingJs()).containsExactly("setLayerVisible bins,false");
		assertThat(map.layer("bins").orElseThrow().visible()).isFalse();
		moveTo(114.2, 29.7, 114.5, 30.0, 11);
		moveTo(114.3, 29.7, 114.6, 30.0, 11);
		assertThat(asked).hasSize(1);
		assertThat(pendingJs()).isEmpty();

		map.setLayerVisible("bins", true);
		assertThat(asked).hasSize(2);
		assertThat(asked.getLast().west()).isEqualTo(114.3);
		JsonNode sent = lastSetLayer();
		assertThat(sent.get("visible").asBoolean()).isTrue();
		assertThat(map.layer("bins").orElseThrow().visible()).isTrue();
	}

	@Test
	void a_layer_hidden_before_the_viewport_is_known_is_never_asked() {
		map.setViewportLayer("bins", source);
		map.setLayerVisible("bins", false);
		moveTo(114.0, 29.5, 114.6, 30.1, 10);
		assertThat(asked).isEmpty();
		// re-registering (a new filter) keeps it hidden
		map.setViewportLayer("bins", source);
		assertThat(asked).isEmpty();
	}

	@Test
	void the_same_features_again_are_not_sent_again() {
		ViewportLayerSource fixed = viewport -> {
			asked.add(viewport);
			return MapLayer.markers("points", List.of(MapFeature.point(7, 114.3, 29.8, Map.of("name", "A"))),
					LayerStyle.fixed("#1676f3"));
		};
		map.setViewportLayer("points", fixed);
		moveTo(114.0, 29.5, 114.6, 30.1, 12);
		assertThat(pendingJs()).hasSize(1);
		moveTo(114.1, 29.5, 114.7, 30.1, 12);
		assertThat(asked).hasSize(2);
		assertThat(pendingJs()).isEmpty();
	}

	@Test
	void remove_layer_stops_the_source_and_set_layer_replaces_it() {
		map.setViewportLayer("bins", source);
		moveTo(114.0, 29.5, 114.6, 30.1, 10);
		map.removeLayer("bins");
		assertThat(map.layer("bins")).isEmpty();
		moveTo(114.2, 29.7, 114.5, 30.0, 11);
		assertThat(asked).hasSize(1);

		map.setViewportLayer("bins", source);
		assertThat(asked).hasSize(2);
		map.setLayer(MapLayer.markers("bins", List.of(), LayerStyle.fixed("#1676f3")));
		moveTo(114.0, 29.5, 114.6, 30.1, 10);
		assertThat(asked).hasSize(2);
		assertThat(map.layer("bins").orElseThrow().kind()).isEqualTo(MapLayer.Kind.MARKERS);
	}

	@Test
	void refresh_asks_every_visible_source_again() {
		map.setViewportLayer("bins", source);
		moveTo(114.0, 29.5, 114.6, 30.1, 10);
		map.refreshViewportLayers();
		assertThat(asked).hasSize(2).allMatch(v -> v.zoom() == 10);
	}

	@Test
	void a_bin_needs_a_count() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MapLayer.bins("bins", List.of(MapFeature.point(1, 114.3, 29.8, Map.of("name", "A"))),
					LayerStyle.fixed("#1676f3")))
			.withMessageContaining("count");
	}

	/** What the browser would report after a pan or zoom of a 1366×768 map. */
	private void moveTo(double west, double south, double east, double north, int zoom) {
		ObjectNode detail = JsonNodeFactory.instance.objectNode();
		detail.put("event.detail.west", west);
		detail.put("event.detail.south", south);
		detail.put("event.detail.east", east);
		detail.put("event.detail.north", north);
		detail.put("event.detail.zoom", zoom);
		detail.put("event.detail.width", 1366);
		detail.put("event.detail.height", 768);
		_fireDomEvent(map, "us-viewport-change", detail);
	}

	private JsonNode lastSetLayer() {
		List<String> calls = pendingJs();
		String last = calls.reversed()
			.stream()
			.filter(c -> c.startsWith("setLayer "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no setLayer in " + calls));
		return JSON.readTree(last.substring("setLayer ".length()));
	}

	/**
	 * The element's JavaScript calls queued since the last look, as "function argument,
	 * argument…" (Flow queues them as {@code return $0.f($1,$2)} with the element first).
	 */
	private List<String> pendingJs() {
		UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
		return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream().map(i -> {
			Matcher f = FUNCTION.matcher(i.getInvocation().getExpression());
			assertThat(f.find()).as(i.getInvocation().getExpression()).isTrue();
			List<Object> args = i.getInvocation().getParameters();
			return f.group(1) + " "
					+ args.subList(1, args.size()).stream().map(String::valueOf).collect(Collectors.joining(","));
		}).toList();
	}

}
