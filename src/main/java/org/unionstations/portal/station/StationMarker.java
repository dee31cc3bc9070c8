package org.unionstations.portal.station;

/** The little a map needs to draw a station; the popup asks for the rest when clicked. */
public record StationMarker(long id, StationType type, StationStatus status, String name, double longitude,
		double latitude) {
}
