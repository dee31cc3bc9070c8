package org.unionstations.portal.coverage;

import org.jspecify.annotations.Nullable;

/**
 * A demand point outside the service radius, with the distance to the nearest counted
 * station of the type (null when there is none at all).
 */
public record UncoveredPoint(long id, String name, DemandCategory category, int workers, double longitude,
		double latitude, @Nullable String districtNameZh, @Nullable String districtNameEn,
		@Nullable Double nearestStationMetres) {
}
