package org.unionstations.portal.coverage;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.geo.BinGrid;
import org.unionstations.portal.coverage.CoverageRunRepository.RunRow;

/**
 * What the coverage map shows of one viewport (decision 0023): demand points, a run's
 * uncovered points and the counted stations as single points while at most
 * {@link #MAX_MAP_POINTS} lie in the grid's box, else as bins of the {@link BinGrid}'s
 * cells; and a run's hex grid within a box. What each call returns is bounded by the
 * screen, not by the data.
 */
@Service
@Transactional(readOnly = true)
public class CoverageMapService {

	/**
	 * A map layer shows single points while at most this many lie in the viewport, else
	 * bins.
	 */
	public static final int MAX_MAP_POINTS = 2_000;

	/** A hex grid in view holds no more hexagons than this: zoom in for smaller ones. */
	public static final int MAX_HEXES_IN_VIEW = 20_000;

	/** More cells than any screen shows at a sensible cell size: a caller's mistake. */
	static final long MAX_CELLS = 50_000;

	private static final double EARTH_RADIUS = 6_371_008.8;

	private final CoverageSpatialRepository spatial;

	private final CoverageRunRepository runs;

	private final CoverageMapRepository maps;

	private final CoverageRunDistances distances;

	CoverageMapService(CoverageSpatialRepository spatial, CoverageRunRepository runs, CoverageMapRepository maps,
			CoverageRunDistances distances) {
		this.spatial = spatial;
		this.runs = runs;
		this.maps = maps;
		this.distances = distances;
	}

	/**
	 * The run's uncovered points in the grid's box: the points when at most
	 * {@link #MAX_MAP_POINTS} lie in it (most workers first), else bins (count, workers,
	 * mean position).
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public CoverageMapData<DemandMapPoint> uncoveredInView(CoverageRun run, BinGrid grid) {
		requireCells(grid);
		RunRow row = runs.require(run.id());
		spatial.useAnalysisSettings();
		// a planner looks at it: no distance batch beside it (up to 2 s at national
		// scale)
		return distances.ahead(() -> maps.demand(grid, row));
	}

	/** Every demand point in the grid's box, as {@link #uncoveredInView}. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public CoverageMapData<DemandMapPoint> demandInView(BinGrid grid) {
		requireCells(grid);
		spatial.useAnalysisSettings();
		return maps.demand(grid);
	}

	/**
	 * The stations that count for {@code scope} (its type and statuses) in the grid's
	 * box, for markers and service circles: points or bins as {@link #uncoveredInView}
	 * (bins carry no workers).
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public CoverageMapData<StationMapPoint> stationsInView(CoverageScope scope, BinGrid grid) {
		requireCells(grid);
		spatial.useAnalysisSettings();
		return maps.stations(grid, scope);
	}

	/**
	 * The run's hex grid (as {@link CoverageService#hexGrid}) for the hexagons that meet
	 * the box (WGS84 degrees), each with all its uncovered points and workers. Refused
	 * ({@link InvalidInputException} on {@code hexSize}, "zoom in") when the box would
	 * hold more than {@link #MAX_HEXES_IN_VIEW} hexagons of that size.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<HexCell> hexGridInView(CoverageRun run, int hexMetres, double west, double south, double east,
			double north, Cancellation cancellation) {
		CoverageService.requireHexSize(hexMetres);
		if (!(west < east && south < north && west >= -180 && east <= 180 && south >= -90 && north <= 90)) {
			throw new IllegalArgumentException(
					"not a WGS84 box (west, south, east, north): %s, %s, %s, %s".formatted(west, south, east, north));
		}
		if (hexesIn(west, south, east, north, hexMetres) > MAX_HEXES_IN_VIEW) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("hexSize", "coverage.validation.hex-zoom-in", MAX_HEXES_IN_VIEW)));
		}
		RunRow row = runs.require(run.id());
		// a hexagon that meets the view lies within two edges of it; three leave room for
		// the UTM zone's scale away from its meridian
		double marginLat = 3.0 * hexMetres / 110_574;
		double highest = Math.min(89, Math.max(Math.abs(south), Math.abs(north)) + marginLat);
		double marginLon = 3.0 * hexMetres / (111_320 * Math.cos(Math.toRadians(highest)));
		return cancellation.guard(spatial::pid, () -> {
			spatial.useAnalysisSettings();
			return maps.hexGrid(row, hexMetres, new double[] { west, south, east, north }, marginLon, marginLat);
		});
	}

	/**
	 * About how many hexagons of edge {@code hexMetres} the box holds: its area on the
	 * sphere over a hexagon's.
	 */
	static long hexesIn(double west, double south, double east, double north, int hexMetres) {
		double area = EARTH_RADIUS * EARTH_RADIUS * Math.toRadians(east - west)
				* (Math.sin(Math.toRadians(north)) - Math.sin(Math.toRadians(south)));
		double hexagon = 1.5 * Math.sqrt(3) * hexMetres * hexMetres;
		return Math.round(area / hexagon);
	}

	private static void requireCells(BinGrid grid) {
		if (grid.maxBins() > MAX_CELLS) {
			throw new IllegalArgumentException(
					"%d cells in the viewport, more than %d".formatted(grid.maxBins(), MAX_CELLS));
		}
	}

}
