package org.unionstations.portal.kpi;

/**
 * Published when progress entries of a KPI were written (one event per save or import).
 */
public record KpiProgressChanged(long kpiId, int year) {
}
