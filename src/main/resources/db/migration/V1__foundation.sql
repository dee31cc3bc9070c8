-- Foundation schema: districts, stations, users. All geometry is WGS84 (SRID 4326) with GiST indexes;
-- distances are computed on geography (metres), hence the expression index on location::geography.
-- The extension is normally created by the set-up script as a superuser; this is a no-op then.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE SEQUENCE district_seq INCREMENT BY 50;
CREATE TABLE district (
    id                   bigint PRIMARY KEY DEFAULT nextval('district_seq'),
    code                 varchar(12)  NOT NULL UNIQUE,
    name_zh              varchar(60)  NOT NULL,
    name_en              varchar(60)  NOT NULL,
    boundary             geometry(MultiPolygon, 4326) NOT NULL,
    boundary_approximate boolean      NOT NULL DEFAULT true,
    version              bigint       NOT NULL DEFAULT 0
);
CREATE INDEX district_boundary_gix ON district USING gist (boundary);

CREATE SEQUENCE station_seq INCREMENT BY 50;
CREATE TABLE station (
    id                bigint PRIMARY KEY DEFAULT nextval('station_seq'),
    type              varchar(24)  NOT NULL
        CHECK (type IN ('UNION_POST_STATION', 'HEART_STATION', 'MOTHER_BABY_ROOM', 'WORKERS_HOME')),
    name              varchar(100) NOT NULL CHECK (length(trim(name)) > 0),
    address           varchar(200) NOT NULL,
    location          geometry(Point, 4326) NOT NULL,
    district_id       bigint REFERENCES district (id),
    host_organisation varchar(100),
    contact_person    varchar(40),
    contact_phone     varchar(30),
    status            varchar(24)  NOT NULL
        CHECK (status IN ('PLANNED', 'UNDER_CONSTRUCTION', 'OPEN', 'SUSPENDED', 'CLOSED')),
    opening_hours     varchar(200) NOT NULL DEFAULT '',
    services          varchar(32)[] NOT NULL DEFAULT '{}',
    created_at        timestamptz  NOT NULL DEFAULT now(),
    created_by        varchar(60)  NOT NULL DEFAULT 'system',
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    updated_by        varchar(60)  NOT NULL DEFAULT 'system',
    version           bigint       NOT NULL DEFAULT 0
);
CREATE INDEX station_location_gix ON station USING gist (location);
CREATE INDEX station_location_geog_gix ON station USING gist ((location::geography));
CREATE INDEX station_type_status_idx ON station (type, status);
CREATE INDEX station_district_idx ON station (district_id);

CREATE SEQUENCE app_user_seq INCREMENT BY 50;
CREATE TABLE app_user (
    id            bigint PRIMARY KEY DEFAULT nextval('app_user_seq'),
    username      varchar(60)  NOT NULL UNIQUE,
    password_hash varchar(100) NOT NULL,
    display_name  varchar(60)  NOT NULL,
    enabled       boolean      NOT NULL DEFAULT true,
    version       bigint       NOT NULL DEFAULT 0
);
CREATE TABLE app_user_role (
    user_id bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    varchar(16) NOT NULL CHECK (role IN ('ADMIN', 'PLANNER', 'OPERATOR', 'LEADER')),
    PRIMARY KEY (user_id, role)
);
-- The stations an operator may maintain.
CREATE TABLE operator_station (
    user_id    bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    station_id bigint NOT NULL REFERENCES station (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, station_id)
);
CREATE INDEX operator_station_station_idx ON operator_station (station_id);
