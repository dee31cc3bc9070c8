package org.unionstations.portal.operator;

/** People served (服务人次) and activities held (活动场次) in one category. */
public record ReportCounts(int peopleServed, int activities) {

	public static final ReportCounts ZERO = new ReportCounts(0, 0);

	/** More than this in one month at one station is a typing error, not a report. */
	public static final int MAX = 1_000_000;

	public ReportCounts {
		if (peopleServed < 0 || activities < 0 || peopleServed > MAX || activities > MAX) {
			throw new IllegalArgumentException("counts must be between 0 and " + MAX);
		}
	}

}
