package org.unionstations.portal.chart;

/**
 * One place on the category axis: a stable key (sent back on a click, e.g. a district's
 * code) and the label shown (as text, never as markup).
 */
public record ChartCategory(String key, String label) {

	public ChartCategory {
		Check.key(key, "category key");
		Check.notNull(label, "category label");
	}

}
