package org.unionstations.portal.station;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service radius per station type in metres ({@code portal.coverage.radius.<TYPE>}),
 * e.g. 1,000 m for union post stations: the "15-minute service circle" at walking pace.
 * Types not configured use {@link #DEFAULT_METRES}.
 */
@ConfigurationProperties("portal.coverage")
public record CoverageRadii(Map<StationType, Integer> radius) {

	public static final int DEFAULT_METRES = 1000;

	public CoverageRadii {
		Map<StationType, Integer> copy = new EnumMap<>(StationType.class);
		if (radius != null) {
			radius.forEach((type, metres) -> {
				if (metres == null || metres <= 0 || metres > 50_000) {
					throw new IllegalArgumentException("portal.coverage.radius." + type + " must be 1..50000 metres");
				}
				copy.put(type, metres);
			});
		}
		radius = Map.copyOf(copy);
	}

	public int metres(StationType type) {
		return radius.getOrDefault(type, DEFAULT_METRES);
	}

}
