package org.unionstations.portal.coverage;

import java.util.List;

/**
 * What a map layer shows of one viewport: the single points when at most
 * {@link CoverageService#MAX_MAP_POINTS} lie in it, else grid bins. Bounded either way:
 * at most that many points, or one bin per grid cell of the viewport.
 *
 * @param <P> the kind of point
 * @param binned whether {@code bins} holds the data (then {@code points} is empty)
 */
public record CoverageMapData<P>(boolean binned, List<P> points, List<MapBin> bins) {

	public CoverageMapData {
		points = List.copyOf(points);
		bins = List.copyOf(bins);
	}

	static <P> CoverageMapData<P> ofPoints(List<P> points) {
		return new CoverageMapData<>(false, points, List.of());
	}

	static <P> CoverageMapData<P> ofBins(List<MapBin> bins) {
		return new CoverageMapData<>(true, List.of(), bins);
	}

	/**
	 * One grid cell with something in it: the cell (column {@code gx} = floor(longitude /
	 * cell width), row {@code gy} likewise), how many points, their workers (0 for
	 * stations) and their mean position, where the bin is drawn.
	 */
	public record MapBin(long gx, long gy, long count, long workers, double longitude, double latitude) {
	}

}
