/**
 * WGS-84 <-> GCJ-02 for the map component.
 *
 * The portal stores WGS-84 only. Amap (高德) tiles are drawn in GCJ-02, the offset "Mars"
 * coordinates required for maps published in China, so on those tiles markers are shifted
 * with wgs84ToGcj02 before drawing and a picked point is shifted back with gcj02ToWgs84
 * before it is sent to the server. The data itself is never shifted.
 *
 * Same algorithm as org.unionstations.portal.base.geo.CoordinateConverter (the widely used
 * public GCJ-02 reconstruction on the Krasovsky 1940 ellipsoid). Keep the two in step.
 */

/** Krasovsky 1940 ellipsoid: semi-major axis (m) and first eccentricity squared. */
const A = 6378245.0;
const EE = 0.00669342162296594323;

/** The inverse stops once a correction is below this many degrees, or after MAX_ITERATIONS. */
const TOLERANCE = 1e-9;
const MAX_ITERATIONS = 30;

/** True outside the rough rectangle around China, where GCJ-02 equals WGS-84. */
export function outOfChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

/** Short-wavelength east-west term shared by both offsets. */
function ripple(x: number): number {
  return ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
}

/** Northward offset in metres; x, y are degrees from (105°E, 35°N). */
function latOffset(x: number, y: number): number {
  return (
    -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) + ripple(x) +
    ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3 +
    ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y / 30) * Math.PI)) * 2) / 3
  );
}

/** Eastward offset in metres; x, y are degrees from (105°E, 35°N). */
function lonOffset(x: number, y: number): number {
  return (
    300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) + ripple(x) +
    ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3 +
    ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  );
}

/** WGS-84 -> GCJ-02. Points outside China come back unchanged. */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (outOfChina(lon, lat)) {
    return [lon, lat];
  }
  const x = lon - 105;
  const y = lat - 35;
  // Turn the offsets (metres on the ellipsoid) into degrees at this latitude.
  const radLat = (lat * Math.PI) / 180;
  const sinLat = Math.sin(radLat);
  const w = Math.sqrt(1 - EE * sinLat * sinLat);
  const meridianRadius = (A * (1 - EE)) / (w * w * w);
  const parallelRadius = (A / w) * Math.cos(radLat);
  const dLat = ((latOffset(x, y) / meridianRadius) * 180) / Math.PI;
  const dLon = ((lonOffset(x, y) / parallelRadius) * 180) / Math.PI;
  return [lon + dLon, lat + dLat];
}

/**
 * GCJ-02 -> WGS-84. There is no closed form: start from the GCJ-02 point and move the guess
 * by how far its forward transform misses, until the move is below 1e-9° (or 30 rounds).
 * Accurate to millimetres.
 */
export function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  if (outOfChina(lon, lat)) {
    return [lon, lat];
  }
  let guessLon = lon;
  let guessLat = lat;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const [fLon, fLat] = wgs84ToGcj02(guessLon, guessLat);
    const dLon = fLon - lon;
    const dLat = fLat - lat;
    guessLon -= dLon;
    guessLat -= dLat;
    if (Math.abs(dLon) < TOLERANCE && Math.abs(dLat) < TOLERANCE) {
      break;
    }
  }
  return [guessLon, guessLat];
}
