package org.unionstations.portal.chart;

/**
 * Canvas draws fastest; SVG stays sharp on paper, so a page meant for printing chooses
 * it.
 */
public enum ChartRenderer {

	CANVAS, SVG

}
