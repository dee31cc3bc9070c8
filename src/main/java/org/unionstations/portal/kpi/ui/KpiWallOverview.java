package org.unionstations.portal.kpi.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.unionstations.portal.chart.PortalChart;
import org.unionstations.portal.kpi.KpiBoard;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * The wall's first page: how many KPIs stand where (big numbers, a number that just
 * changed flashes) beside the progress chart of every KPI.
 */
class KpiWallOverview extends Div {

	KpiWallOverview(KpiBoard board, Map<PaceStatus, Integer> before) {
		addClassName("kpi-wall-overview");
		Map<PaceStatus, Integer> counts = counts(board);
		Div tiles = new Div();
		tiles.addClassName("kpi-wall-counts");
		tiles.add(tile("total", getTranslation("kpi.wall.total"), board.cards().size(), false));
		for (PaceStatus status : PaceStatus.values()) {
			int n = counts.getOrDefault(status, 0);
			if (n == 0 && status == PaceStatus.TOO_EARLY) {
				continue;
			}
			Div tile = tile(status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
					getTranslation(KpiFormat.statusKey(status)), n,
					!before.isEmpty() && before.getOrDefault(status, 0) != n);
			tile.addClassName(KpiFormat.statusClass(status));
			tiles.add(tile);
		}
		PortalChart progress = KpiWallView.chart(KpiCharts.progress(board.cards(), getLocale(), this::getTranslation));
		progress.setId("kpi-wall-progress");
		progress.addClassName("kpi-wall-progress");
		add(tiles, progress);
	}

	static Map<PaceStatus, Integer> counts(KpiBoard board) {
		Map<PaceStatus, Integer> counts = new EnumMap<>(PaceStatus.class);
		for (KpiCard card : board.cards()) {
			counts.merge(card.pace().status(), 1, Integer::sum);
		}
		return counts;
	}

	private static Div tile(String id, String label, int count, boolean changed) {
		Span number = new Span(String.valueOf(count));
		number.addClassName("kpi-wall-count-number");
		number.setId("kpi-wall-count-" + id);
		Span text = new Span(label);
		text.addClassName("kpi-wall-count-label");
		Div tile = new Div(number, text);
		tile.addClassName("kpi-wall-count");
		if (changed) {
			tile.addClassName("kpi-wall-changed");
		}
		return tile;
	}

}
