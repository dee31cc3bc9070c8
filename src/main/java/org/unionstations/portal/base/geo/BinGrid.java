package org.unionstations.portal.base.geo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A grid of square screen cells over a map view, for aggregating points on the server
 * ("bins") so that what goes to the browser is bounded by the screen, not by the data.
 * <p>
 * The grid is global: cell {@code (gx, gy)} spans longitudes {@code [gx·cellLon,
 * (gx+1)·cellLon)} and latitudes {@code [gy·cellLat, (gy+1)·cellLat)}, so at one zoom a
 * point falls into the same cell however the view is panned. The box ({@code west} …
 * {@code north}) is the view widened to whole cells plus one cell of margin on every
 * side, clamped to ±180° longitude and ±85° latitude (Web Mercator's reach).
 * <p>
 * A feature's repository writes, with {@link #binKeySql}, {@link #envelopeSql} and
 * {@link #params()}: <pre>
 * SELECT gx, gy, count(*), avg(lon), avg(lat), sum(weight) FROM (
 *   SELECT floor(...) AS gx, floor(...) AS gy, ... FROM t WHERE t.location &amp;&amp; ST_MakeEnvelope(...)
 * ) b GROUP BY gx, gy
 * </pre>
 *
 * @param west box, WGS84 degrees
 * @param cellLon width of a cell in degrees of longitude
 * @param cellLat height of a cell in degrees of latitude
 */
public record BinGrid(double west, double south, double east, double north, double cellLon, double cellLat) {

	/** Web Mercator's tiles are 256 pixels; the world is 256·2^zoom pixels wide. */
	private static final double TILE_PX = 256;

	/** How far north and south Web Mercator maps reach (Leaflet: about 85.05°). */
	public static final double MAX_LATITUDE = 85;

	public BinGrid {
		if (!(cellLon > 0 && cellLat > 0 && Double.isFinite(cellLon) && Double.isFinite(cellLat))) {
			throw new IllegalArgumentException("cells must have a positive finite size: " + cellLon + " × " + cellLat);
		}
		if (!(west < east && south < north && west >= -180 && east <= 180 && south >= -90 && north <= 90)) {
			throw new IllegalArgumentException("not a WGS84 box (west < east, south < north): " + west + ", " + south
					+ ", " + east + ", " + north);
		}
	}

	/**
	 * The grid for a map view at a zoom level: cells of about {@code cellPx} screen
	 * pixels.
	 * <p>
	 * At zoom {@code z} a pixel spans {@code 360 / (256·2^z)} degrees of longitude. Web
	 * Mercator stretches latitude by {@code 1/cos(latitude)}, so a pixel spans about
	 * {@code cos(latitude)} times as many degrees of latitude; the cell height is the
	 * cell width × cos(centre latitude of the view), with the centre latitude rounded to
	 * a whole degree so that a pan north or south does not move every cell boundary.
	 * Cells are therefore square on screen near the view's centre, and within a few per
	 * cent of square across a city or a province.
	 * @param west the view's bounds in WGS84 degrees (west may be less than -180 and east
	 * more than 180 when the map shows the world more than once: they are clamped)
	 * @param zoom the map's zoom level (0 = the whole world in 256 pixels)
	 * @param cellPx the side of a cell in screen pixels
	 */
	public static BinGrid forView(double west, double south, double east, double north, int zoom, int cellPx) {
		if (!(Double.isFinite(west) && Double.isFinite(south) && Double.isFinite(east) && Double.isFinite(north))) {
			throw new IllegalArgumentException("the view's bounds must be finite numbers");
		}
		if (!(west < east && south < north)) {
			throw new IllegalArgumentException(
					"not a view (west < east, south < north): " + west + ", " + south + ", " + east + ", " + north);
		}
		if (zoom < 0 || zoom > 30) {
			throw new IllegalArgumentException("zoom must be between 0 and 30: " + zoom);
		}
		if (cellPx < 1) {
			throw new IllegalArgumentException("a cell must be at least one pixel: " + cellPx);
		}
		double cellLon = 360.0 / (TILE_PX * Math.pow(2, zoom)) * cellPx;
		double centre = Math.round((clampLat(south) + clampLat(north)) / 2);
		double cellLat = cellLon * Math.cos(Math.toRadians(centre));
		double w = Math.max(-180, (Math.floor(west / cellLon) - 1) * cellLon);
		double e = Math.min(180, (Math.floor(east / cellLon) + 2) * cellLon);
		double s = Math.max(-MAX_LATITUDE, (Math.floor(south / cellLat) - 1) * cellLat);
		double n = Math.min(MAX_LATITUDE, (Math.floor(north / cellLat) + 2) * cellLat);
		if (!(w < e && s < n)) {
			throw new IllegalArgumentException(
					"the view lies outside the map: " + west + ", " + south + ", " + east + ", " + north);
		}
		return new BinGrid(w, s, e, n, cellLon, cellLat);
	}

	/** The column of the cell holding a longitude (as the SQL of {@link #binKeySql}). */
	public long column(double longitude) {
		return (long) Math.floor(longitude / cellLon);
	}

	/** The row of the cell holding a latitude (as the SQL of {@link #binKeySql}). */
	public long row(double latitude) {
		return (long) Math.floor(latitude / cellLat);
	}

	/**
	 * Whether a point lies in the box (borders included, as {@code &&} with the
	 * envelope).
	 */
	public boolean contains(double longitude, double latitude) {
		return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
	}

	/** Columns × rows of whole cells in the box: the most bins a query can return. */
	public long maxBins() {
		return (long) (Math.ceil((east - west) / cellLon - 1e-9) * Math.ceil((north - south) / cellLat - 1e-9));
	}

	/**
	 * The cell key of a point as two SQL select items, {@code gx} and {@code gy}
	 * ({@code floor(lon / :binCellLon)}, {@code floor(lat / :binCellLat)} as bigint), for
	 * a {@code GROUP BY gx, gy}. The expressions are the caller's SQL (e.g.
	 * {@code ST_X(s.location)}), never user input.
	 */
	public String binKeySql(String lonExpr, String latExpr) {
		return "floor((" + lonExpr + ") / :binCellLon)::bigint AS gx, floor((" + latExpr
				+ ") / :binCellLat)::bigint AS gy";
	}

	/**
	 * The box as a PostGIS envelope (SRID 4326), for
	 * {@code WHERE location && <envelope>}, which the GiST index answers.
	 */
	public String envelopeSql() {
		return "ST_MakeEnvelope(:binWest, :binSouth, :binEast, :binNorth, 4326)";
	}

	/** The named parameters {@link #binKeySql} and {@link #envelopeSql} use. */
	public Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("binWest", west);
		params.put("binSouth", south);
		params.put("binEast", east);
		params.put("binNorth", north);
		params.put("binCellLon", cellLon);
		params.put("binCellLat", cellLat);
		return params;
	}

	private static double clampLat(double latitude) {
		return Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
	}

}
