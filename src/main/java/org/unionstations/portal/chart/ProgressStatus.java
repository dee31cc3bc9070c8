package org.unionstations.portal.chart;

/**
 * Where a KPI stands against its pace, as the progress chart colours its bar (the KPI
 * package decides which).
 */
public enum ProgressStatus {

	AHEAD("#2e9d5b"), ON_TRACK("#1676f3"), BEHIND("#d9480f");

	private final String color;

	ProgressStatus(String color) {
		this.color = color;
	}

	/** The bar colour, readable on the light and on the dark theme. */
	public String color() {
		return color;
	}

}
