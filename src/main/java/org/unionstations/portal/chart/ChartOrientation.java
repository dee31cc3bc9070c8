package org.unionstations.portal.chart;

/** Where the categories go. */
public enum ChartOrientation {

	/** Categories along the x axis, values up the y axis (columns, trends). */
	VERTICAL,

	/**
	 * Categories down the y axis, first category on top; values along the x axis (bars).
	 */
	HORIZONTAL

}
