package org.unionstations.portal.coverage;

import org.unionstations.portal.station.StationStatus;

/** A counted station on the map (WGS84), for its marker and its service circle. */
public record StationMapPoint(long id, double longitude, double latitude, String name, StationStatus status) {
}
