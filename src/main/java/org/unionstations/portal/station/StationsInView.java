package org.unionstations.portal.station;

import java.util.List;

/**
 * The stations in a map's view, in a form bounded by the screen: the single stations when
 * few lie in the view, otherwise bins (counts per grid cell and type).
 *
 * @param binned whether there were more stations than points allowed, so {@code bins}
 * holds them and {@code points} is empty
 * @param points the single stations, by id (empty when binned)
 * @param bins counts per type and cell, ordered by type, column, row (empty unless
 * binned)
 */
public record StationsInView(boolean binned, List<StationMarker> points, List<StationBin> bins) {

	public StationsInView {
		points = List.copyOf(points);
		bins = List.copyOf(bins);
	}

	/** How many stations the points or bins stand for. */
	public long total() {
		return binned ? bins.stream().mapToLong(StationBin::count).sum() : points.size();
	}

}
