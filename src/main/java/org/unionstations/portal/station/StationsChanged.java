package org.unionstations.portal.station;

/**
 * Published after stations were created, saved or imported (their status, type or place
 * may have changed), so live boards counting open stations can move at once.
 */
public record StationsChanged() {
}
