package org.unionstations.portal.station;

/** Where a station is in its life. Translations: {@code station.status.<NAME>}. */
public enum StationStatus {

	PLANNED, UNDER_CONSTRUCTION, OPEN, SUSPENDED, CLOSED

}
