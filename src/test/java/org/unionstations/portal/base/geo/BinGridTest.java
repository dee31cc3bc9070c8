package org.unionstations.portal.base.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The grid's cells measured on screen with the Web Mercator projection itself (pixel
 * coordinates as Leaflet computes them), its box against the view, and its SQL.
 */
class BinGridTest {

	/** A 1366×768 map of Xianning at zoom 10, as Leaflet reports it. */
	private static final double WEST = 113.38, SOUTH = 29.43, EAST = 115.26, NORTH = 30.27;

	@Test
	void a_cell_is_cell_px_pixels_wide_and_about_as_high_at_the_view_centre() {
		BinGrid grid = BinGrid.forView(WEST, SOUTH, EAST, NORTH, 10, 64);

		// 360° over 256·2^10 pixels, times 64
		assertThat(grid.cellLon()).isCloseTo(360.0 / 262_144 * 64, within(1e-12));
		double lon = 114.3;
		assertThat(pixelX(lon + grid.cellLon(), 10) - pixelX(lon, 10)).isCloseTo(64, within(1e-6));
		// on screen, a cell at the view's centre latitude is square to within 1 %
		double centre = (SOUTH + NORTH) / 2;
		double height = pixelY(centre - grid.cellLat() / 2, 10) - pixelY(centre + grid.cellLat() / 2, 10);
		assertThat(height).isCloseTo(64, within(0.64));
		// the height follows cos(latitude): 30° here (29.85 rounded)
		assertThat(grid.cellLat()).isCloseTo(grid.cellLon() * Math.cos(Math.toRadians(30)), within(1e-12));
	}

	@Test
	void cells_halve_with_each_zoom_level_and_scale_with_the_pixel_size() {
		BinGrid z9 = BinGrid.forView(WEST, SOUTH, EAST, NORTH, 9, 64);
		BinGrid z10 = BinGrid.forView(WEST, SOUTH, EAST, NORTH, 10, 64);
		BinGrid z10big = BinGrid.forView(WEST, SOUTH, EAST, NORTH, 10, 128);
		assertThat(z9.cellLon()).isCloseTo(2 * z10.cellLon(), within(1e-12));
		assertThat(z10big.cellLon()).isCloseTo(2 * z10.cellLon(), within(1e-12));
	}

	@Test
	void the_box_holds_the_view_in_whole_cells_plus_one_cell_of_margin() {
		BinGrid grid = BinGrid.forView(WEST, SOUTH, EAST, NORTH, 10, 64);

		assertThat(grid.west()).isLessThanOrEqualTo(WEST - grid.cellLon()).isGreaterThan(WEST - 2 * grid.cellLon());
		assertThat(grid.east()).isGreaterThanOrEqualTo(EAST + grid.cellLon()).isLessThan(EAST + 2 * grid.cellLon());
		assertThat(grid.south()).isLessThanOrEqualTo(SOUTH - grid.cellLat()).isGreaterThan(SOUTH - 2 * grid.cellLat());
		assertThat(grid.north()).isGreaterThanOrEqualTo(NORTH + grid.cellLat()).isLessThan(NORTH + 2 * grid.cellLat());
		// the box's edges are cell edges: the first and last cells are whole
		assertThat(grid.west() / grid.cellLon()).isCloseTo(Math.rint(grid.west() / grid.cellLon()), within(1e-9));
		assertThat(grid.east() / grid.cellLon()).isCloseTo(Math.rint(grid.east() / grid.cellLon()), within(1e-9));
		assertThat(grid.south() / grid.cellLat()).isCloseTo(Math.rint(grid.south() / grid.cellLat()), within(1e-9));
		assertThat(grid.north() / grid.cellLat()).isCloseTo(Math.rint(grid.north() / grid.cellLat()), within(1e-9));
	}

	@Test
	void the_number_of_cells_is_bounded_by_the_screen_whatever_the_zoom() {
		// a 1366×768 screen: 21.3 × 12 cells of 64 px, plus partial cells and the margin
		long bound = (1366 / 64 + 4) * (768 / 64 + 4);
		for (int zoom = 5; zoom <= 18; zoom++) {
			double lonSpan = 1366 * 360.0 / (256 * Math.pow(2, zoom));
			double latSpan = 768 * 360.0 / (256 * Math.pow(2, zoom)) * Math.cos(Math.toRadians(30));
			BinGrid grid = BinGrid.forView(114.3 - lonSpan / 2, 29.85 - latSpan / 2, 114.3 + lonSpan / 2,
					29.85 + latSpan / 2, zoom, 64);
			assertThat(grid.maxBins()).as("zoom %d", zoom).isLessThanOrEqualTo(bound).isGreaterThan(21 * 12);
		}
	}

	@Test
	void a_point_in_the_box_falls_in_the_cell_whose_bounds_hold_it() {
		BinGrid grid = BinGrid.forView(WEST, SOUTH, EAST, NORTH, 11, 64);
		Random random = new Random(11);
		for (int i = 0; i < 1000; i++) {
			double lon = WEST + random.nextDouble() * (EAST - WEST);
			double lat = SOUTH + random.nextDouble() * (NORTH - SOUTH);
			long gx = grid.column(lon);
			long gy = grid.row(lat);
			assertThat(lon).isBetween(gx * grid.cellLon(), (gx + 1) * grid.cellLon());
			assertThat(lat).isBetween(gy * grid.cellLat(), (gy + 1) * grid.cellLat());
			assertThat(grid.contains(lon, lat)).isTrue();
		}
		// the same point keeps its cell when the view pans (the grid is global)
		BinGrid panned = BinGrid.forView(WEST + 0.37, SOUTH - 0.21, EAST + 0.37, NORTH - 0.21, 11, 64);
		assertThat(panned.column(114.321)).isEqualTo(grid.column(114.321));
		assertThat(panned.row(29.851)).isEqualTo(grid.row(29.851));
	}

	@Test
	void the_world_is_clamped_to_the_reach_of_web_mercator() {
		// Leaflet at zoom 2 on a wide screen reports bounds beyond the antimeridian and
		// the poles
		BinGrid world = BinGrid.forView(-400, -88, 400, 88, 2, 64);
		assertThat(world.west()).isEqualTo(-180);
		assertThat(world.east()).isEqualTo(180);
		assertThat(world.south()).isEqualTo(-BinGrid.MAX_LATITUDE);
		assertThat(world.north()).isEqualTo(BinGrid.MAX_LATITUDE);
		// centred on the equator: cells square in degrees
		assertThat(world.cellLat()).isCloseTo(world.cellLon(), within(1e-12));
	}

	@Test
	void nonsense_views_are_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> BinGrid.forView(115, 29, 114, 30, 10, 64))
			.withMessageContaining("west < east");
		assertThatIllegalArgumentException().isThrownBy(() -> BinGrid.forView(114, 30, 115, 29, 10, 64));
		assertThatIllegalArgumentException().isThrownBy(() -> BinGrid.forView(Double.NaN, 29, 115, 30, 10, 64));
		assertThatIllegalArgumentException().isThrownBy(() -> BinGrid.forView(114, 29, 115, 30, -1, 64));
		assertThatIllegalArgumentException().isThrownBy(() -> BinGrid.forView(114, 29, 115, 30, 10, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> BinGrid.forView(114, 86, 115, 89, 10, 64))
			.withMessageContaining("outside the map");
	}

	@Test
	void the_sql_uses_exactly_the_parameters_it_is_given() {
		BinGrid grid = BinGrid.forView(WEST, SOUTH, EAST, NORTH, 10, 64);
		String sql = grid.binKeySql("ST_X(s.location)", "ST_Y(s.location)") + " " + grid.envelopeSql();
		assertThat(sql).contains("floor((ST_X(s.location)) / :binCellLon)::bigint AS gx")
			.contains("floor((ST_Y(s.location)) / :binCellLat)::bigint AS gy");
		Matcher names = Pattern.compile("(?<!:):([a-zA-Z]+)").matcher(sql);
		java.util.Set<String> used = new java.util.HashSet<>();
		while (names.find()) {
			used.add(names.group(1));
		}
		assertThat(used).containsExactlyInAnyOrderElementsOf(grid.params().keySet());
		assertThat(grid.params()).containsEntry("binWest", grid.west())
			.containsEntry("binNorth", grid.north())
			.containsEntry("binCellLat", grid.cellLat());
	}

	/** Leaflet's (EPSG:3857) pixel x of a longitude at a zoom level. */
	private static double pixelX(double lon, int zoom) {
		return (lon + 180) / 360 * 256 * Math.pow(2, zoom);
	}

	/** Leaflet's pixel y of a latitude (downwards). */
	private static double pixelY(double lat, int zoom) {
		double phi = Math.toRadians(lat);
		return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * 256 * Math.pow(2, zoom);
	}

}
