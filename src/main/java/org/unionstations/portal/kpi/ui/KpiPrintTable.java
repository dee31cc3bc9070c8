package org.unionstations.portal.kpi.ui;

import java.util.List;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiDirection;
import org.unionstations.portal.kpi.Pace;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * The briefing's table: one row per KPI with its target, figure, share, the value
 * expected by now, status, shortfall, year-end projection, the day the target is reached
 * and last year's figure. A plain HTML table, so the printout repeats its header on each
 * page.
 */
class KpiPrintTable extends NativeTable {

	static final List<String> COLUMNS = List.of("name", "target", "actual", "percent", "expected", "status",
			"shortfall", "projected", "reach-date", "last-year");

	private static final String NONE = "–";

	KpiPrintTable(List<KpiCard> cards, KpiFormat format) {
		addClassName("kpi-print-table");
		setId("kpi-print-table");
		NativeTableRow header = getHead().addRow();
		for (String column : COLUMNS) {
			header.addHeaderCell().setText(getTranslation("kpi.export." + column));
		}
		for (KpiCard card : cards) {
			NativeTableRow row = getBody().addRow();
			row.setId("kpi-print-row-" + card.kpi().code());
			row.addClassName(KpiFormat.statusClass(card.pace().status()));
			List<String> cells = cells(card, format);
			for (int i = 0; i < cells.size(); i++) {
				if (COLUMNS.get(i).equals("status")) {
					Span status = new Span(cells.get(i));
					status.addClassName("kpi-chip");
					row.addDataCell().add(status);
				}
				else {
					row.addDataCell().setText(cells.get(i));
				}
			}
		}
	}

	/** The row's texts, one per column in {@link #COLUMNS} order. */
	List<String> cells(KpiCard card, KpiFormat format) {
		Pace pace = card.pace();
		KpiDirection direction = card.kpi().direction();
		boolean early = pace.status() == PaceStatus.TOO_EARLY;
		String target = format.value(card, card.kpi().target());
		return List.of(card.kpi().name(getLocale()),
				direction == KpiDirection.AT_LEAST ? target
						: getTranslation("kpi.direction." + direction.name()) + " " + target,
				format.value(card, card.actual()), format.percent(card.percent()),
				early ? NONE : format.value(card, pace.expected()), getTranslation(KpiFormat.statusKey(pace.status())),
				pace.shortfall().signum() > 0 ? format.value(card, pace.shortfall()) : NONE,
				early || direction.level() || pace.projected() == null ? NONE : format.value(card, pace.projected()),
				reach(card, format),
				card.kpi().lastYearActual() == null ? NONE : format.value(card, card.kpi().lastYearActual()));
	}

	private String reach(KpiCard card, KpiFormat format) {
		Pace pace = card.pace();
		KpiDirection direction = card.kpi().direction();
		if (pace.status() == PaceStatus.TOO_EARLY || direction.level()) {
			return NONE;
		}
		if (pace.status() == PaceStatus.REACHED) {
			return getTranslation("kpi.card.reached");
		}
		if (pace.reachDate() != null) {
			return direction == KpiDirection.AT_MOST
					? getTranslation("kpi.print.exceeded-on", format.date(pace.reachDate()))
					: format.date(pace.reachDate());
		}
		return getTranslation(direction == KpiDirection.AT_MOST ? "kpi.card.within-limit" : "kpi.card.not-this-year");
	}

}
