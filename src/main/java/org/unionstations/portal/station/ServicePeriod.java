package org.unionstations.portal.station;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * When a station is in service, for monthly reports: from the day it opened (null: open
 * since before its records) until the day it closed (null while not closed). A station
 * still planned or under construction has no months in service.
 */
public record ServicePeriod(StationStatus status, @Nullable LocalDate openedOn, @Nullable LocalDate closedOn) {

	/** The month it closed in, when it is closed. */
	public @Nullable YearMonth closingMonth() {
		return closedOn == null ? null : YearMonth.from(closedOn);
	}

	/** True when the station had closed before {@code month} began. */
	public boolean closedBefore(YearMonth month) {
		return closedOn != null && month.isAfter(YearMonth.from(closedOn));
	}

	/** True when the station was in service for at least part of {@code month}. */
	public boolean inService(YearMonth month) {
		if (status == StationStatus.PLANNED || status == StationStatus.UNDER_CONSTRUCTION) {
			return false;
		}
		return (openedOn == null || !month.isBefore(YearMonth.from(openedOn))) && !closedBefore(month);
	}

}
