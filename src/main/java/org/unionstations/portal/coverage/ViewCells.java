package org.unionstations.portal.coverage;

import java.util.HashMap;
import java.util.Map;

/**
 * A map viewport (WGS84 degrees) and the grid its bins use: cells of {@code cellLon} ×
 * {@code cellLat} degrees anchored at 0°/0°, so a cell stays the same cell while the map
 * pans. The same parameters as {@code base.geo.BinGrid} (which the caller builds from the
 * map's zoom); the coverage service takes them one by one until that type is shared.
 */
record ViewCells(double west, double south, double east, double north, double cellLon, double cellLat) {

	/** More cells than any screen shows at a sensible cell size: a caller's mistake. */
	static final long MAX_CELLS = 50_000;

	ViewCells {
		if (!(Double.isFinite(west) && Double.isFinite(south) && Double.isFinite(east) && Double.isFinite(north))
				|| west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north) {
			throw new IllegalArgumentException(
					"not a viewport (west, south, east, north): %s, %s, %s, %s".formatted(west, south, east, north));
		}
		if (!(cellLon > 0 && cellLat > 0 && Double.isFinite(cellLon) && Double.isFinite(cellLat))) {
			throw new IllegalArgumentException("cells must be positive: %s × %s".formatted(cellLon, cellLat));
		}
		double cells = Math.ceil((east - west) / cellLon + 1) * Math.ceil((north - south) / cellLat + 1);
		if (cells > MAX_CELLS) {
			throw new IllegalArgumentException("%.0f cells in the viewport, more than %d".formatted(cells, MAX_CELLS));
		}
	}

	/**
	 * The box's and the grid's parameters: west, south, east, north, cellLon, cellLat.
	 */
	Map<String, Object> params() {
		Map<String, Object> p = new HashMap<>();
		p.put("west", west);
		p.put("south", south);
		p.put("east", east);
		p.put("north", north);
		p.put("cellLon", cellLon);
		p.put("cellLat", cellLat);
		return p;
	}

}
