-- Coverage-gap analysis, issue 4: where workers are (demand points), and the service radius per station type.

CREATE SEQUENCE demand_point_seq INCREMENT BY 50;
CREATE TABLE demand_point (
    id          bigint PRIMARY KEY DEFAULT nextval('demand_point_seq'),
    category    varchar(24)  NOT NULL CHECK (category IN ('ENTERPRISE', 'DELIVERY_HUB', 'SANITATION_DEPOT',
                                                          'INDUSTRIAL_PARK', 'MARKET', 'COMMUNITY')),
    name        varchar(100) NOT NULL CHECK (length(trim(name)) > 0),
    workers     integer      NOT NULL CHECK (workers >= 0 AND workers <= 1000000),
    location    geometry(Point, 4326) NOT NULL,
    district_id bigint REFERENCES district (id),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  varchar(60)  NOT NULL DEFAULT 'system',
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    updated_by  varchar(60)  NOT NULL DEFAULT 'system',
    version     bigint       NOT NULL DEFAULT 0
);
CREATE INDEX demand_point_location_gix ON demand_point USING gist (location);
CREATE INDEX demand_point_location_geog_gix ON demand_point USING gist ((location::geography));
CREATE INDEX demand_point_district_idx ON demand_point (district_id);

-- The service radius per station type, set by planners; changes go to the change log (entity COVERAGE_STANDARD).
CREATE TABLE coverage_standard (
    id           bigint PRIMARY KEY,
    station_type varchar(24) NOT NULL UNIQUE
        CHECK (station_type IN ('UNION_POST_STATION', 'HEART_STATION', 'MOTHER_BABY_ROOM', 'WORKERS_HOME')),
    radius_m     integer     NOT NULL CHECK (radius_m BETWEEN 50 AND 50000),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   varchar(60) NOT NULL DEFAULT 'system',
    version      bigint      NOT NULL DEFAULT 0
);
-- 1,000 m is the 15-minute walking circle for union post stations and mother-baby rooms.
INSERT INTO coverage_standard (id, station_type, radius_m) VALUES
    (1, 'UNION_POST_STATION', 1000),
    (2, 'HEART_STATION', 3000),
    (3, 'MOTHER_BABY_ROOM', 1000),
    (4, 'WORKERS_HOME', 2000);

-- Station lookups by type and status for coverage use this together with the geography index.
CREATE INDEX station_status_type_idx ON station (status, type);
