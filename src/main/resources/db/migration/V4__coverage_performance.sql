-- Coverage analyses at province and national scale (docs/decisions/0008-coverage-query-performance.md): the
-- spatial join probes the 2D geometry index on demand_point(location) with a box around each station that is safe
-- on the spheroid, and then checks the exact distance on geography (metres on WGS84) as before.

-- The box (in degrees) around a location that holds every point within radius_m metres of it, geodesically:
--   latitude:  along any path, a metre changes latitude by at most 1/110,574 of a degree (the meridian's radius of
--              curvature is smallest at the equator), so the box reaches radius_m / 110,000 degrees north and south;
--   longitude: along a path no longer than radius_m, |latitude| stays below |lat| + that margin, where a degree of
--              longitude is at least 111,319 · cos(latitude) metres, so radius_m / (111,000 · cos(|lat| + margin)).
-- 110,000 and 111,000 leave 0.5 % and 0.3 % to spare. Where the box would have to wrap, near a pole or across the
-- antimeridian (±180°), it is the whole world instead: slow there, but still right.
-- One SQL expression, so that PostgreSQL inlines it into the query instead of calling a function per station.
CREATE FUNCTION coverage_reach_box(location geometry, radius_m double precision) RETURNS geometry
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE
           WHEN abs(ST_Y(location)) + radius_m / 110000.0 < 89.0
            AND abs(ST_X(location))
                + radius_m / (111000.0 * cos(radians(abs(ST_Y(location)) + radius_m / 110000.0))) < 180.0
           THEN ST_Expand(location,
                          radius_m / (111000.0 * cos(radians(abs(ST_Y(location)) + radius_m / 110000.0))),
                          radius_m / 110000.0)
           ELSE ST_MakeEnvelope(-180, -90, 180, 90, 4326)
       END
$$;
