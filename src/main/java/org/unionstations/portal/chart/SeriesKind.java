package org.unionstations.portal.chart;

/** How a series is drawn. */
public enum SeriesKind {

	BAR,

	/** A line through the points; a null value leaves a gap. */
	LINE,

	/** A line with the area below it filled. */
	AREA,

	/**
	 * Points only, drawn as a short tick across the category (no line between them): a
	 * marker such as the pace on a progress bar.
	 */
	MARKER

}
