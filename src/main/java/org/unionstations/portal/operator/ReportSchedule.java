package org.unionstations.portal.operator;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which monthly reports a station owes: {@code dueMonth} is the last month due (the
 * previous full month, or the month it closed in when that is earlier), {@code missing}
 * the months still without a report (oldest first) since it opened or since January of
 * the due month's year, whichever is later, and {@code closingMonth} the month it closed
 * in (no reports after it), null while it is not closed.
 */
public record ReportSchedule(YearMonth dueMonth, List<YearMonth> missing, @Nullable YearMonth closingMonth) {

	public ReportSchedule {
		missing = List.copyOf(missing);
	}

}
