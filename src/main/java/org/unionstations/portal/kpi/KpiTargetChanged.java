package org.unionstations.portal.kpi;

/** Published when a KPI's target, direction, profile or district split changed. */
public record KpiTargetChanged(long kpiId, int year) {
}
