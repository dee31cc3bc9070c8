package org.unionstations.portal.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the browser receives for a chart: all of it, as data, in one JSON document. */
class ChartJsonTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void a_spec_travels_whole_with_its_version() {
		ChartSpec spec = ChartSpec
			.of(ChartOrientation.HORIZONTAL, List.of(new ChartCategory("d1", "咸安区"), new ChartCategory("d2", "赤壁市")),
					List.of(ChartSeries.bar("actual", "完成", Arrays.asList(12.0, null))
						.withPointColors(Arrays.asList("#2e9d5b", null))
						.withLabels(true)
						.withStack("total"),
							ChartSeries.line("pace", "进度", List.of(10.0, 10.5))
								.withStyle(SeriesStyle.DASHED)
								.withFormat(ValueFormat.ONE_DECIMAL)))
			.withUnit("个")
			.withTitle("驿站建设")
			.withLines(List.of(new ChartLine("目标", 20, "#c8102e")));

		JsonNode json = JSON.readTree(ChartJson.write(spec, 7));

		assertThat(json.get("version").asInt()).isEqualTo(7);
		assertThat(json.get("orientation").asString()).isEqualTo("HORIZONTAL");
		assertThat(json.get("title").asString()).isEqualTo("驿站建设");
		assertThat(json.get("unit").asString()).isEqualTo("个");
		assertThat(json.get("categories").get(1).get("key").asString()).isEqualTo("d2");
		assertThat(json.get("categories").get(1).get("label").asString()).isEqualTo("赤壁市");
		JsonNode bars = json.get("series").get(0);
		assertThat(bars.get("kind").asString()).isEqualTo("BAR");
		assertThat(bars.get("values").get(0).asDouble()).isEqualTo(12.0);
		assertThat(bars.get("values").get(1).isNull()).isTrue();
		assertThat(bars.get("pointColors").get(0).asString()).isEqualTo("#2e9d5b");
		assertThat(bars.get("pointColors").get(1).isNull()).isTrue();
		assertThat(bars.get("showLabels").asBoolean()).isTrue();
		assertThat(bars.get("stack").asString()).isEqualTo("total");
		assertThat(bars.get("color").isNull()).isTrue();
		assertThat(bars.get("format").asString()).isEqualTo("INTEGER");
		JsonNode pace = json.get("series").get(1);
		assertThat(pace.get("style").asString()).isEqualTo("DASHED");
		assertThat(pace.get("format").asString()).isEqualTo("ONE_DECIMAL");
		assertThat(pace.get("pointColors").isNull()).isTrue();
		assertThat(json.get("lines").get(0).get("label").asString()).isEqualTo("目标");
		assertThat(json.get("lines").get(0).get("value").asDouble()).isEqualTo(20.0);
	}

	@Test
	void markup_in_labels_arrives_as_the_same_text() {
		String label = "<img src=x onerror=alert(1)>\"'&";
		ChartSpec spec = ChartSpec
			.of(ChartOrientation.VERTICAL, List.of(new ChartCategory("k", label)),
					List.of(ChartSeries.bar("s", label, List.of(1.0))))
			.withUnit(label);

		JsonNode json = JSON.readTree(ChartJson.write(spec, 1));

		assertThat(json.get("categories").get(0).get("label").asString()).isEqualTo(label);
		assertThat(json.get("series").get(0).get("label").asString()).isEqualTo(label);
		assertThat(json.get("unit").asString()).isEqualTo(label);
	}

}
