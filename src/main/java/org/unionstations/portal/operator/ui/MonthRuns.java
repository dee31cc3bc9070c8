package org.unionstations.portal.operator.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Months as people read them in a list: three or more in a row as a range ("2026-01 至
 * 2026-11"), the others one by one.
 */
final class MonthRuns {

	private MonthRuns() {
	}

	/**
	 * @param months in order, oldest first
	 * @param separator between runs, such as "、"
	 * @param range a run as text, from its first and last month
	 */
	static String format(List<YearMonth> months, String separator, BiFunction<YearMonth, YearMonth, String> range) {
		List<String> parts = new ArrayList<>();
		int i = 0;
		while (i < months.size()) {
			int j = i;
			while (j + 1 < months.size() && months.get(j + 1).equals(months.get(j).plusMonths(1))) {
				j++;
			}
			if (j - i >= 2) {
				parts.add(range.apply(months.get(i), months.get(j)));
			}
			else {
				for (int k = i; k <= j; k++) {
					parts.add(months.get(k).toString());
				}
			}
			i = j + 1;
		}
		return String.join(separator, parts);
	}

}
