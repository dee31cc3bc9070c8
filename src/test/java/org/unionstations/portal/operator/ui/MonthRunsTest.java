package org.unionstations.portal.operator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class MonthRunsTest {

	private static String format(YearMonth... months) {
		return MonthRuns.format(List.of(months), "、", (a, b) -> a + " 至 " + b);
	}

	@Test
	void three_or_more_months_in_a_row_read_as_a_range_the_others_one_by_one() {
		assertThat(format()).isEmpty();
		assertThat(format(YearMonth.of(2026, 11))).isEqualTo("2026-11");
		assertThat(format(YearMonth.of(2026, 10), YearMonth.of(2026, 11))).isEqualTo("2026-10、2026-11");
		assertThat(format(YearMonth.of(2026, 9), YearMonth.of(2026, 11))).isEqualTo("2026-09、2026-11");
		assertThat(format(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 5),
				YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11)))
			.isEqualTo("2026-01 至 2026-03、2026-05、2026-08 至 2026-11");
	}

	@Test
	void a_run_carries_over_the_turn_of_the_year() {
		assertThat(format(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1)))
			.isEqualTo("2025-11 至 2026-01");
	}

}
