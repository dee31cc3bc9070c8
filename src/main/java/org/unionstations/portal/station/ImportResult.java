package org.unionstations.portal.station;

/** What a committed import did. */
public record ImportResult(int created) {
}
