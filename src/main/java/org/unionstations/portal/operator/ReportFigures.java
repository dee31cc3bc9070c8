package org.unionstations.portal.operator;

/**
 * What one station reported: people served in a month and in the year up to and including
 * it, the activities held in that year so far, and the average people served per month
 * over its last three reported months (of all categories, or of one).
 */
public record ReportFigures(long stationId, int month, int yearToDate, int activitiesYearToDate,
		double averageLastThree) {

	public static ReportFigures none(long stationId) {
		return new ReportFigures(stationId, 0, 0, 0, 0);
	}

}
