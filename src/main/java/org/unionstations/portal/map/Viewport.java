package org.unionstations.portal.map;

/**
 * What a map shows: its bounds in WGS84 degrees (on Amap's GCJ-02 tiles already shifted
 * back), its zoom level and its size on screen in CSS pixels. West may be less than -180
 * and east more than 180 when the map shows the world more than once.
 */
public record Viewport(double west, double south, double east, double north, int zoom, int widthPx, int heightPx) {

	public Viewport {
		if (!(Double.isFinite(west) && Double.isFinite(south) && Double.isFinite(east) && Double.isFinite(north))) {
			throw new IllegalArgumentException("a viewport's bounds must be finite numbers");
		}
	}

	/** Whether a WGS84 point lies in the view (borders included). */
	public boolean contains(double longitude, double latitude) {
		return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
	}

}
