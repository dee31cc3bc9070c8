package org.unionstations.portal.kpi.ui;

import java.util.ArrayList;
import java.util.List;

import org.unionstations.portal.kpi.KpiBoard;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * One page of the wall screen, with a key that survives a redraw (a live update keeps the
 * wall on the page with the same key): the overview, a page of KPI cards, or one KPI that
 * is behind its pace.
 */
sealed interface KpiWallPage {

	/** At most this many cards on a page: readable from across a meeting room. */
	int CARDS_PER_PAGE = 8;

	String key();

	/** The status counts and the progress chart of every KPI. */
	record Overview() implements KpiWallPage {

		@Override
		public String key() {
			return "overview";
		}

	}

	/** The {@code number}th of {@code of} pages of cards (counting from 1). */
	record Cards(int number, int of, List<KpiCard> cards) implements KpiWallPage {

		public Cards {
			cards = List.copyOf(cards);
		}

		@Override
		public String key() {
			return "cards-" + number;
		}

	}

	/** A KPI behind its pace: its card, its months and its districts. */
	record Behind(KpiCard card) implements KpiWallPage {

		@Override
		public String key() {
			return "behind-" + card.kpi().code();
		}

	}

	/**
	 * The pages of a board: the overview; the cards in as few pages as hold at most
	 * {@link #CARDS_PER_PAGE} each, spread evenly (20 KPIs: 6, 7, 7); a page per KPI
	 * behind its pace, in catalogue order.
	 */
	static List<KpiWallPage> of(KpiBoard board) {
		List<KpiWallPage> pages = new ArrayList<>();
		pages.add(new Overview());
		List<KpiCard> cards = board.cards();
		int count = (cards.size() + CARDS_PER_PAGE - 1) / CARDS_PER_PAGE;
		for (int i = 0; i < count; i++) {
			pages.add(new Cards(i + 1, count, cards.subList(i * cards.size() / count, (i + 1) * cards.size() / count)));
		}
		for (KpiCard card : cards) {
			if (card.pace().status() == PaceStatus.BEHIND) {
				pages.add(new Behind(card));
			}
		}
		return List.copyOf(pages);
	}

	/**
	 * Where the page with this key is now; if it is gone (its KPI caught up), the page
	 * that took its place, the last one at most.
	 */
	static int indexOf(List<KpiWallPage> pages, String key, int before) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).key().equals(key)) {
				return i;
			}
		}
		return Math.max(0, Math.min(before, pages.size() - 1));
	}

}
