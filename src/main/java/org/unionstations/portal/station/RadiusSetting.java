package org.unionstations.portal.station;

import java.time.Instant;

/** A station type's service radius, who set it and when. */
public record RadiusSetting(StationType type, int radiusMetres, long version, Instant updatedAt, String updatedBy) {
}
