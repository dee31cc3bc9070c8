package org.unionstations.portal.kpi;

/**
 * How a reported KPI's entries make its figure: {@link #SUM} adds them up (person-times,
 * events); {@link #LEVEL} takes each district's latest entry and adds those (households
 * with a hardship file); {@link #LATEST} takes the newest city-wide entry (a rate).
 * Computed KPIs always use SUM.
 */
public enum KpiAggregation {

	SUM, LEVEL, LATEST

}
