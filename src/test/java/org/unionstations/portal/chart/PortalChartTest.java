package org.unionstations.portal.chart;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Java side of {@code <us-chart>} in a browserless UI (Karibu): what goes to the
 * element, and which clicks come back to listeners.
 */
class PortalChartTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChartSpec districts = ChartSpec.of(ChartOrientation.VERTICAL,
			List.of(new ChartCategory("421202", "咸安区"), new ChartCategory("421281", "赤壁市")),
			List.of(ChartSeries.bar("actual", "完成", List.of(12.0, 7.0))));

	private PortalChart chart;

	@BeforeEach
	void setUp() {
		MockVaadin.setup();
		chart = new PortalChart();
		UI.getCurrent().add(chart);
	}

	@AfterEach
	void tearDown() {
		MockVaadin.tearDown();
	}

	@Test
	void set_chart_sends_the_whole_spec_as_one_property_with_a_new_version_each_time() {
		chart.setChart(districts);
		assertThat(chart.getElement().getProperty("spec")).isEqualTo(ChartJson.write(districts, 1));

		chart.setChart(districts.withUnit("个"));
		assertThat(chart.getVersion()).isEqualTo(2);
		assertThat(JSON.readTree(chart.getElement().getProperty("spec")).get("unit").asString()).isEqualTo("个");
		assertThat(chart.getChart()).contains(districts.withUnit("个"));
	}

	@Test
	void theme_renderer_and_animation_go_to_attributes() {
		chart.setTheme(ChartTheme.DARK);
		chart.setRenderer(ChartRenderer.SVG);
		chart.setAnimation(false);

		assertThat(chart.getElement().getAttribute("chart-theme")).isEqualTo("dark");
		assertThat(chart.getElement().getAttribute("renderer")).isEqualTo("svg");
		assertThat(chart.getElement().getAttribute("animation")).isEqualTo("off");
	}

	@Test
	void a_click_on_a_district_bar_reaches_the_listener_with_its_index_and_keys() {
		chart.setChart(districts);
		List<ChartClickEvent> clicks = new ArrayList<>();
		chart.addCategoryClickListener(clicks::add);

		click("421281", "actual");
		click("421202", null);

		assertThat(clicks).hasSize(2);
		assertThat(clicks.get(0).getCategoryIndex()).isEqualTo(1);
		assertThat(clicks.get(0).getCategoryKey()).isEqualTo("421281");
		assertThat(clicks.get(0).getSeriesKey()).contains("actual");
		assertThat(clicks.get(1).getCategoryIndex()).isZero();
		assertThat(clicks.get(1).getSeriesKey()).isEmpty();
	}

	@Test
	void clicks_on_keys_the_chart_shown_does_not_have_are_dropped() {
		chart.setChart(districts);
		List<ChartClickEvent> clicks = new ArrayList<>();
		chart.addCategoryClickListener(clicks::add);

		click("999999", "actual");
		click("421202", "forged");

		assertThat(clicks).isEmpty();
	}

	private void click(String category, String series) {
		ObjectNode data = JSON.createObjectNode();
		data.put("event.detail.category", category);
		if (series == null) {
			data.putNull("event.detail.series");
		}
		else {
			data.put("event.detail.series", series);
		}
		_fireDomEvent(chart, "us-chart-category-click", data);
	}

}
