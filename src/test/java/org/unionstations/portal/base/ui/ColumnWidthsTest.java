package org.unionstations.portal.base.ui;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnWidthsTest {

	@Test
	void hanCharactersCountAWholeEmOthersLess() {
		assertThat(ColumnWidths.em("未覆盖职工")).isEqualTo(5.0);
		assertThat(ColumnWidths.em("Uncovered workers")).isEqualTo(17 * 0.6, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(ColumnWidths.em("（米）")).isEqualTo(3.0);
	}

	@Test
	void theWidestTextAndThePaddingMakeTheWidth() {
		assertThat(ColumnWidths.fitting(Stream.of("District", "咸安区", "Chongyang County"))).isEqualTo("11.8em");
		assertThat(ColumnWidths.fitting(Stream.empty())).isEqualTo("2.2em");
	}

}
