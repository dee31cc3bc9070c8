package org.unionstations.portal.kpi.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.html.Div;

import org.unionstations.portal.kpi.KpiCard;

/**
 * A page of KPI cards on the wall, the board's own cards in wall-screen sizes; a card
 * whose figure just moved flashes.
 */
class KpiWallCards extends Div {

	KpiWallCards(List<KpiCard> cards, Set<String> changed, KpiFormat format) {
		addClassName("kpi-wall-cards");
		addClassName("kpi-wall-cards-" + cards.size());
		for (KpiCard card : cards) {
			add(KpiWallView.card(card, changed.contains(card.kpi().code()), format));
		}
	}

}
