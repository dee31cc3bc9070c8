package org.unionstations.portal.coverage;

import java.time.Instant;

import org.unionstations.portal.station.StationType;

/** A station type's service radius, who set it and when. */
public record RadiusSetting(StationType type, int radiusMetres, long version, Instant updatedAt, String updatedBy) {
}
