package org.unionstations.portal.station;

/** A station found near a point, with its great-circle distance in metres. */
public record NearbyStation(long id, StationType type, String name, StationStatus status, double distanceMetres) {
}
