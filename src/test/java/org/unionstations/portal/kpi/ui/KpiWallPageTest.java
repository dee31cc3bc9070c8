package org.unionstations.portal.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.unionstations.portal.kpi.KpiAggregation;
import org.unionstations.portal.kpi.KpiBoard;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.KpiDirection;
import org.unionstations.portal.kpi.KpiSource;
import org.unionstations.portal.kpi.Pace;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * How the wall splits a board into pages, and which page it stays on when a live change
 * adds or removes pages.
 */
class KpiWallPageTest {

	@Test
	void twenty_kpis_make_an_overview_three_even_pages_of_cards_and_a_page_per_kpi_behind() {
		List<KpiWallPage> pages = KpiWallPage.of(board(20, 3, 11, 17));
		assertThat(pages).extracting(KpiWallPage::key)
			.containsExactly("overview", "cards-1", "cards-2", "cards-3", "behind-K3", "behind-K11", "behind-K17");
		assertThat(pages.subList(1, 4)).extracting(p -> ((KpiWallPage.Cards) p).cards().size())
			.containsExactly(6, 7, 7);
		assertThat(((KpiWallPage.Cards) pages.get(3)).cards().getLast().kpi().code()).isEqualTo("K20");
	}

	@Test
	void at_most_eight_cards_share_a_page() {
		assertThat(cardPages(8)).containsExactly(8);
		assertThat(cardPages(9)).containsExactly(4, 5);
		assertThat(cardPages(3)).containsExactly(3);
		assertThat(KpiWallPage.of(board(0))).extracting(KpiWallPage::key).containsExactly("overview");
	}

	@Test
	void a_redraw_stays_on_the_page_with_the_same_key_or_on_the_one_that_took_its_place() {
		List<KpiWallPage> before = KpiWallPage.of(board(20, 3, 11, 17));
		// K3 caught up: its page goes; the wall shown K11's page stays on it
		List<KpiWallPage> after = KpiWallPage.of(board(20, 11, 17));
		assertThat(KpiWallPage.indexOf(after, before.get(5).key(), 5)).isEqualTo(4);
		// the wall was on K3's page: it shows what now stands at that place
		assertThat(KpiWallPage.indexOf(after, "behind-K3", 4)).isEqualTo(4);
		// the last page went: the last page that is left
		assertThat(KpiWallPage.indexOf(KpiWallPage.of(board(20)), "behind-K17", 6)).isEqualTo(3);
	}

	private static List<Integer> cardPages(int kpis) {
		return KpiWallPage.of(board(kpis))
			.stream()
			.filter(KpiWallPage.Cards.class::isInstance)
			.map(p -> ((KpiWallPage.Cards) p).cards().size())
			.toList();
	}

	/** A board of KPIs K1..Kn, those numbered in {@code behind} behind their pace. */
	private static KpiBoard board(int kpis, int... behind) {
		List<KpiCard> cards = IntStream.rangeClosed(1, kpis).mapToObj(i -> {
			boolean late = IntStream.of(behind).anyMatch(b -> b == i);
			KpiDefinition kpi = new KpiDefinition(i, 2026, "K" + i, "指标" + i, "KPI " + i, "个", "items", BigDecimal.TEN,
					KpiDirection.AT_LEAST, KpiSource.REPORTED, KpiAggregation.SUM, null, null, Map.of(), 0, 0);
			Pace pace = new Pace(BigDecimal.valueOf(6), late ? PaceStatus.BEHIND : PaceStatus.ON_TRACK,
					late ? BigDecimal.TWO : BigDecimal.ZERO, BigDecimal.TEN, null);
			return new KpiCard(kpi, late ? BigDecimal.valueOf(4) : BigDecimal.valueOf(6), BigDecimal.valueOf(60),
					LocalDate.of(2026, 7, 1), pace);
		}).toList();
		return new KpiBoard(2026, LocalDate.of(2026, 7, 1), cards, Instant.EPOCH);
	}

}
