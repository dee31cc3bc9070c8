package org.unionstations.portal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A chart that could not be drawn as meant is refused when it is built, saying why. */
class ChartSpecTest {

	private static final List<ChartCategory> TWO = List.of(new ChartCategory("a", "甲"), new ChartCategory("b", "乙"));

	@Test
	void a_series_needs_one_value_per_category() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChartSpec.of(ChartOrientation.VERTICAL, TWO,
					List.of(ChartSeries.bar("s", "S", List.of(1.0, 2.0, 3.0)))))
			.withMessageContaining("series s has 3 values for 2 categories");
	}

	@Test
	void point_colours_need_one_per_value() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChartSeries.bar("s", "S", List.of(1.0, 2.0)).withPointColors(List.of("#fff")))
			.withMessageContaining("2 values but 1 point colours");
	}

	@Test
	void keys_are_unique_and_not_blank() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChartSpec.of(ChartOrientation.VERTICAL,
					List.of(new ChartCategory("a", "甲"), new ChartCategory("a", "乙")),
					List.of(ChartSeries.bar("s", "S", List.of(1.0, 2.0)))))
			.withMessageContaining("category key 'a' appears twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChartSpec.of(ChartOrientation.VERTICAL, TWO,
					List.of(ChartSeries.bar("s", "S", List.of(1.0, 2.0)),
							ChartSeries.line("s", "T", List.of(1.0, 2.0)))))
			.withMessageContaining("series key 's' appears twice");
		assertThatIllegalArgumentException().isThrownBy(() -> new ChartCategory(" ", "甲"))
			.withMessageContaining("category key is blank");
	}

	@Test
	void a_chart_needs_a_series() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChartSpec.of(ChartOrientation.VERTICAL, TWO, List.of()))
			.withMessageContaining("at least one series");
	}

	@Test
	void values_and_lines_are_finite_numbers_or_null() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChartSeries.line("s", "S", List.of(1.0, Double.NaN)))
			.withMessageContaining("not a finite number");
		assertThatIllegalArgumentException().isThrownBy(() -> new ChartLine("目标", Double.POSITIVE_INFINITY))
			.withMessageContaining("line value");
		assertThat(ChartSeries.line("s", "S", Arrays.asList(1.0, null)).values()).containsExactly(1.0, null);
	}

	@Test
	void only_plain_css_colours_are_accepted() {
		for (String ok : List.of("#1676f3", "#abc", "#1676f3cc", "red", "rgb(1, 2, 3)", "rgba(22,118,243,0.5)",
				"hsl(210deg 90% 52%)")) {
			assertThat(ChartSeries.bar("s", "S", List.of(1.0)).withColor(ok).color()).isEqualTo(ok);
		}
		for (String bad : List.of("red;background:url(x)", "\"><img src=x>", "url(javascript:1)", "#12",
				"expression(alert(1))")) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ChartSeries.bar("s", "S", List.of(1.0)).withColor(bad))
				.withMessageContaining("not a CSS colour");
		}
	}

	@Test
	void the_spec_cannot_be_changed_through_the_lists_it_was_built_from() {
		var values = new java.util.ArrayList<Double>(List.of(1.0, 2.0));
		ChartSpec spec = ChartSpec.of(ChartOrientation.VERTICAL, TWO, List.of(ChartSeries.bar("s", "S", values)));
		values.set(0, 99.0);
		assertThat(spec.series().get(0).values()).containsExactly(1.0, 2.0);
	}

	@Test
	void a_blank_unit_or_title_means_none() {
		ChartSpec spec = ChartSpec
			.of(ChartOrientation.VERTICAL, TWO, List.of(ChartSeries.bar("s", "S", List.of(1.0, 2.0))))
			.withUnit(" ")
			.withTitle("");
		assertThat(spec.unit()).isNull();
		assertThat(spec.title()).isNull();
	}

}
