package org.unionstations.portal.chart;

/**
 * The stroke of a line (a plan, a projection: dashed) or the outline of a bar (dashed: a
 * planned figure, drawn as an outline).
 */
public enum SeriesStyle {

	SOLID, DASHED

}
