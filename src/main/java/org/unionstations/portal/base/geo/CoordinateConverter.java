package org.unionstations.portal.base.geo;

/**
 * Converts longitude/latitude pairs between WGS 84, GCJ-02 and BD-09.
 * <p>
 * The database only ever stores WGS 84 (SRID 4326). Coordinates that arrive in GCJ-02 or
 * BD-09 (typed in by users who copied them from Amap or Baidu, or imported from such
 * sources) are converted to WGS 84 on the way in with {@link #toWgs84}. When the map
 * shows GCJ-02 tiles (Amap), what is drawn is shifted onto the tiles and picked points
 * are shifted back; the stored data is never shifted.
 * <p>
 * The official GCJ-02 algorithm is not published; this class uses the widely used public
 * reconstruction (Krasovsky 1940 ellipsoid plus a polynomial-and-sine offset) found in
 * coordtransform, eviltransform, gcoord and similar libraries. GCJ-02 → WGS 84 has no
 * closed form and is solved by fixed-point iteration; the round trip is good to
 * millimetres. Outside a rough rectangle around China ({@link #isInsideChina}) GCJ-02
 * equals WGS 84. BD-09 is converted with Baidu's standard formulas wherever the point is.
 */
public final class CoordinateConverter {

	/** Semi-major axis of the Krasovsky 1940 ellipsoid, in metres. */
	private static final double KRASOVSKY_A = 6378245.0;

	/** First eccentricity squared of the Krasovsky 1940 ellipsoid. */
	private static final double KRASOVSKY_EE = 0.00669342162296594323;

	/** Baidu's constant for the BD-09 rotation: π · 3000 / 180. */
	private static final double X_PI = Math.PI * 3000.0 / 180.0;

	/**
	 * The iterative inverse stops once a correction is below this, in degrees (~0.1 mm).
	 */
	private static final double INVERSE_TOLERANCE_DEGREES = 1e-9;

	private static final int INVERSE_MAX_ITERATIONS = 30;

	private CoordinateConverter() {
	}

	/**
	 * Converts a point given in {@code from} to WGS 84. WGS 84 input is returned as is.
	 */
	public static LonLat toWgs84(LonLat p, CoordinateSystem from) {
		return switch (from) {
			case WGS84 -> p;
			case GCJ02 -> gcj02ToWgs84(p);
			case BD09 -> bd09ToWgs84(p);
		};
	}

	/** Converts a WGS 84 point to {@code to}. WGS 84 output is the input as is. */
	public static LonLat fromWgs84(LonLat p, CoordinateSystem to) {
		return switch (to) {
			case WGS84 -> p;
			case GCJ02 -> wgs84ToGcj02(p);
			case BD09 -> wgs84ToBd09(p);
		};
	}

	/**
	 * Whether the point lies in the rough rectangle around China (longitude 72.004 to
	 * 137.8347, latitude 0.8293 to 55.8271) where GCJ-02 differs from WGS 84. The
	 * rectangle also covers neighbouring countries; that is how the common
	 * implementations behave.
	 */
	public static boolean isInsideChina(LonLat p) {
		double lon = p.longitude();
		double lat = p.latitude();
		return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
	}

	/** WGS 84 → GCJ-02. Points outside China are returned unchanged. */
	public static LonLat wgs84ToGcj02(LonLat p) {
		if (!isInsideChina(p)) {
			return p;
		}
		double lon = p.longitude();
		double lat = p.latitude();
		double x = lon - 105.0;
		double y = lat - 35.0;
		double dLatMetres = latitudeOffset(x, y);
		double dLonMetres = longitudeOffset(x, y);

		// Turn the offsets (metres on the Krasovsky ellipsoid) into degrees at this
		// latitude.
		double radLat = Math.toRadians(lat);
		double sinLat = Math.sin(radLat);
		double w = Math.sqrt(1 - KRASOVSKY_EE * sinLat * sinLat);
		double meridianRadius = KRASOVSKY_A * (1 - KRASOVSKY_EE) / (w * w * w);
		double parallelRadius = KRASOVSKY_A / w * Math.cos(radLat);
		double dLat = Math.toDegrees(dLatMetres / meridianRadius);
		double dLon = Math.toDegrees(dLonMetres / parallelRadius);
		return new LonLat(lon + dLon, lat + dLat);
	}

	/**
	 * GCJ-02 → WGS 84 by iteration: starting from the GCJ-02 point itself, repeatedly
	 * move the guess by how far its forward transform misses the target, until the move
	 * is below 1e-9 degrees (or after 30 rounds). Converges in a handful of rounds
	 * because the offset changes slowly with position.
	 */
	public static LonLat gcj02ToWgs84(LonLat p) {
		if (!isInsideChina(p)) {
			return p;
		}
		double lon = p.longitude();
		double lat = p.latitude();
		for (int i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
			LonLat forward = wgs84ToGcj02(new LonLat(lon, lat));
			double dLon = forward.longitude() - p.longitude();
			double dLat = forward.latitude() - p.latitude();
			lon -= dLon;
			lat -= dLat;
			if (Math.abs(dLon) < INVERSE_TOLERANCE_DEGREES && Math.abs(dLat) < INVERSE_TOLERANCE_DEGREES) {
				break;
			}
		}
		return new LonLat(lon, lat);
	}

	/** GCJ-02 → BD-09 (Baidu's formula). */
	public static LonLat gcj02ToBd09(LonLat p) {
		double x = p.longitude();
		double y = p.latitude();
		double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
		double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
		return new LonLat(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
	}

	/**
	 * BD-09 → GCJ-02 (Baidu's formula). It is an approximate inverse of
	 * {@link #gcj02ToBd09}: the round trip is off by up to a few decimetres.
	 */
	public static LonLat bd09ToGcj02(LonLat p) {
		double x = p.longitude() - 0.0065;
		double y = p.latitude() - 0.006;
		double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
		double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
		return new LonLat(z * Math.cos(theta), z * Math.sin(theta));
	}

	/** WGS 84 → BD-09, through GCJ-02. */
	public static LonLat wgs84ToBd09(LonLat p) {
		return gcj02ToBd09(wgs84ToGcj02(p));
	}

	/** BD-09 → WGS 84, through GCJ-02 and the iterative inverse. */
	public static LonLat bd09ToWgs84(LonLat p) {
		return gcj02ToWgs84(bd09ToGcj02(p));
	}

	/**
	 * Northward offset in metres; {@code x} and {@code y} are degrees from (105°E, 35°N).
	 */
	private static double latitudeOffset(double x, double y) {
		return -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) + ripple(x)
				+ (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
				+ (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y / 30.0 * Math.PI)) * 2.0 / 3.0;
	}

	/**
	 * Eastward offset in metres; {@code x} and {@code y} are degrees from (105°E, 35°N).
	 */
	private static double longitudeOffset(double x, double y) {
		return 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) + ripple(x)
				+ (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
				+ (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
	}

	/** The short-wavelength east-west term both offsets share. */
	private static double ripple(double x) {
		return (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
	}

}
