package org.unionstations.portal.district;

/**
 * A station or demand point that lies in no district of an import: it keeps no district
 * and is listed, never dropped.
 */
public record PlaceOutside(long id, String name, double longitude, double latitude) {
}
