package org.unionstations.portal.operator;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A station's report for one month. {@code version} is null while nothing has been
 * reported for that month.
 */
public record MonthlyReport(long stationId, YearMonth month, @Nullable Long version,
		Map<ReportCategory, ReportCounts> counts) {

	public MonthlyReport {
		EnumMap<ReportCategory, ReportCounts> all = new EnumMap<>(ReportCategory.class);
		for (ReportCategory c : ReportCategory.values()) {
			all.put(c, counts.getOrDefault(c, ReportCounts.ZERO));
		}
		counts = Map.copyOf(all);
	}

	public int totalPeopleServed() {
		return counts.values().stream().mapToInt(ReportCounts::peopleServed).sum();
	}

	public int totalActivities() {
		return counts.values().stream().mapToInt(ReportCounts::activities).sum();
	}

	public boolean reported() {
		return version != null;
	}

}
