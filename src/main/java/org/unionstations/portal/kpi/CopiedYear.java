package org.unionstations.portal.kpi;

import java.time.LocalDate;

/**
 * A year's catalogue set up from the year before: how many KPIs it got, and the day up to
 * which their last year's actuals were measured (31 December, or today while that year is
 * still running).
 */
public record CopiedYear(int year, int kpis, LocalDate actualsAsOf) {
}
