package org.unionstations.portal.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The board of a year as of a day: one card per KPI in catalogue order. */
public record KpiBoard(int year, LocalDate asOf, List<KpiCard> cards, Instant computedAt) {

	public KpiBoard {
		cards = List.copyOf(cards);
	}

}
