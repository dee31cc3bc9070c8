package org.unionstations.portal.kpi.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

import org.unionstations.portal.chart.PortalChart;
import org.unionstations.portal.kpi.KpiDetail;

/**
 * A wall page for one KPI behind its pace: its card, its months against the pace line
 * with the projection, and its districts against their targets.
 */
class KpiWallBehind extends Div {

	KpiWallBehind(KpiDetail detail, boolean changed, KpiFormat format) {
		addClassName("kpi-wall-behind");
		Div card = new Div(KpiWallView.card(detail.card(), changed, format));
		card.addClassName("kpi-wall-behind-card");

		PortalChart trend = KpiWallView.chart(KpiCharts.trend(detail, getLocale(), this::getTranslation));
		trend.setId("kpi-wall-trend");
		PortalChart districts = KpiWallView.chart(KpiCharts.breakdown(detail, getLocale(), this::getTranslation));
		districts.setId("kpi-wall-districts");
		add(card, panel(getTranslation("kpi.detail.trend"), trend),
				panel(getTranslation("kpi.detail.breakdown"), districts));
	}

	private static Div panel(String title, PortalChart chart) {
		H2 heading = new H2(title);
		heading.addClassName("kpi-wall-panel-title");
		Div panel = new Div(heading, chart);
		panel.addClassName("kpi-wall-panel");
		return panel;
	}

}
