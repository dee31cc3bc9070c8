package org.unionstations.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Pace, status, shortfall, projection and reach date, each worked out by hand. */
class PaceTest {

	private static final List<BigDecimal> MUTUAL_AID_PROFILE = List.of(30, 20, 10, 5, 5, 5, 5, 5, 5, 4, 3, 3)
		.stream()
		.map(BigDecimal::valueOf)
		.toList();

	@Test
	void an_even_pace_is_the_target_times_the_days_elapsed() {
		// 100,000 by the year's end; measured through 30 November 2026 = day 334 of 365.
		Pace pace = Pace.of(KpiDirection.AT_LEAST, BigDecimal.valueOf(100000), new SeasonalShare(2026, null),
				LocalDate.of(2026, 11, 30), BigDecimal.valueOf(89110), 0);
		// 100000 × 334 / 365 = 91506.8 → 91,507; 89,110 is 97.4 % of it: within 5 % → on
		// track.
		assertThat(pace.expected()).isEqualByComparingTo("91507");
		assertThat(pace.status()).isEqualTo(PaceStatus.ON_TRACK);
		assertThat(pace.shortfall()).isEqualByComparingTo("2397");
		// 89110 × 365 / 334 = 97380.7 → short of 100,000: not this year.
		assertThat(pace.projected()).isEqualByComparingTo("97381");
		assertThat(pace.reachDate()).isNull();
	}

	@Test
	void ahead_of_pace_gives_the_day_the_target_is_reached() {
		// 60 of 100 by 1 July (day 182): expected 49.9 → 50; 60 ≥ 50 × 1.05 → ahead.
		Pace pace = Pace.of(KpiDirection.AT_LEAST, BigDecimal.valueOf(100), new SeasonalShare(2026, null),
				LocalDate.of(2026, 7, 1), BigDecimal.valueOf(60), 0);
		assertThat(pace.expected()).isEqualByComparingTo("50");
		assertThat(pace.status()).isEqualTo(PaceStatus.AHEAD);
		assertThat(pace.shortfall()).isEqualByComparingTo("0");
		// 60 × 365 / 182 = 120.3 per year; 120.33 × d / 365 ≥ 100 from day 304 = 31
		// October.
		assertThat(pace.projected()).isEqualByComparingTo("120");
		assertThat(pace.reachDate()).isEqualTo(LocalDate.of(2026, 10, 31));
	}

	@Test
	void a_seasonal_profile_moves_the_pace() {
		// Through 1 December: Jan–Nov weigh 97 of 100, plus 1/31 of December's 3.
		SeasonalShare share = new SeasonalShare(2026, MUTUAL_AID_PROFILE);
		assertThat(share.at(LocalDate.of(2026, 12, 1))).isCloseTo((97 + 3.0 / 31) / 100, within());
		assertThat(share.at(LocalDate.of(2026, 3, 31))).isCloseTo(0.60, within());
		Pace pace = Pace.of(KpiDirection.AT_LEAST, BigDecimal.valueOf(103180), share, LocalDate.of(2026, 12, 1),
				BigDecimal.valueOf(98600), 0);
		// 103180 × 0.970968 = 100184.4 → 100,184; 98,600 / 100,184 = 98.4 % → on track.
		assertThat(pace.expected()).isEqualByComparingTo("100184");
		assertThat(pace.status()).isEqualTo(PaceStatus.ON_TRACK);
		// 98600 / 0.970968 = 101548.2 → not this year.
		assertThat(pace.projected()).isEqualByComparingTo("101548");
		assertThat(pace.reachDate()).isNull();
	}

	@Test
	void behind_by_more_than_five_percent_is_behind_and_reached_is_reached() {
		Pace behind = Pace.of(KpiDirection.AT_LEAST, BigDecimal.valueOf(1500), new SeasonalShare(2026, null),
				LocalDate.of(2026, 12, 1), BigDecimal.valueOf(1180), 0);
		// 1500 × 335 / 365 = 1376.7 → 1,377; 1180 < 1377 × 0.95 → behind by 197.
		assertThat(behind.status()).isEqualTo(PaceStatus.BEHIND);
		assertThat(behind.shortfall()).isEqualByComparingTo("197");
		Pace reached = Pace.of(KpiDirection.AT_LEAST, BigDecimal.valueOf(6000), new SeasonalShare(2026, null),
				LocalDate.of(2026, 12, 1), BigDecimal.valueOf(6240), 0);
		assertThat(reached.status()).isEqualTo(PaceStatus.REACHED);
		assertThat(reached.reachDate()).isNull();
	}

	@Test
	void a_level_kept_at_least_is_held_or_short_all_year() {
		Pace short1 = Pace.of(KpiDirection.KEEP_AT_LEAST, BigDecimal.valueOf(25), new SeasonalShare(2026, null),
				LocalDate.of(2026, 2, 1), BigDecimal.valueOf(24), 0);
		assertThat(short1.expected()).isEqualByComparingTo("25");
		assertThat(short1.status()).isEqualTo(PaceStatus.BEHIND);
		assertThat(short1.shortfall()).isEqualByComparingTo("1");
		assertThat(short1.projected()).isEqualByComparingTo("24");
		Pace held = Pace.of(KpiDirection.KEEP_AT_LEAST, new BigDecimal("80.00"), new SeasonalShare(2026, null),
				LocalDate.of(2026, 12, 1), new BigDecimal("82.40"), 2);
		assertThat(held.status()).isEqualTo(PaceStatus.REACHED);
		assertThat(held.shortfall()).isEqualByComparingTo("0");
	}

	@Test
	void a_limit_spent_too_fast_is_behind_with_the_day_it_is_exceeded() {
		// At most 100 in the year; 60 by 1 July → 120 a year: over the pace, the limit is
		// passed on 31 October.
		Pace pace = Pace.of(KpiDirection.AT_MOST, BigDecimal.valueOf(100), new SeasonalShare(2026, null),
				LocalDate.of(2026, 7, 1), BigDecimal.valueOf(60), 0);
		assertThat(pace.status()).isEqualTo(PaceStatus.BEHIND);
		assertThat(pace.shortfall()).isEqualByComparingTo("10");
		assertThat(pace.reachDate()).isEqualTo(LocalDate.of(2026, 10, 31));
	}

	@Test
	void nothing_measured_yet_is_too_early() {
		Pace pace = Pace.of(KpiDirection.AT_LEAST, BigDecimal.valueOf(100000), new SeasonalShare(2026, null),
				LocalDate.of(2025, 12, 31), BigDecimal.ZERO, 0);
		assertThat(pace.status()).isEqualTo(PaceStatus.TOO_EARLY);
		assertThat(pace.projected()).isNull();
	}

	private static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(1e-9);
	}

}
