package org.unionstations.portal.base.geo;

/**
 * A longitude/latitude pair in decimal degrees. Which {@link CoordinateSystem} it is in
 * is up to the caller; the record only guarantees the values are finite and in range.
 *
 * @param longitude degrees east, -180 to 180
 * @param latitude degrees north, -90 to 90
 */
public record LonLat(double longitude, double latitude) {

	public LonLat {
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("Longitude must be between -180 and 180 degrees: " + longitude);
		}
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new IllegalArgumentException("Latitude must be between -90 and 90 degrees: " + latitude);
		}
	}

}
