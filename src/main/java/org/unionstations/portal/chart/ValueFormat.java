package org.unionstations.portal.chart;

/**
 * How the browser prints a series' values (tooltip, value labels, value axis), with the
 * page language's digit grouping.
 */
public enum ValueFormat {

	/** Rounded to a whole number: {@code 1,234}. */
	INTEGER,

	/** One decimal: {@code 12.5}. */
	ONE_DECIMAL,

	/**
	 * The value is already a percentage (85.4 means 85.4 %): at most one decimal and a
	 * percent sign, {@code 85.4%}.
	 */
	PERCENT

}
