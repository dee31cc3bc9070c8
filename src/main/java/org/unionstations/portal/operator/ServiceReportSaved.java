package org.unionstations.portal.operator;

/** Published after a monthly report is committed, so live boards can move at once. */
public record ServiceReportSaved(MonthlyReport report) {
}
