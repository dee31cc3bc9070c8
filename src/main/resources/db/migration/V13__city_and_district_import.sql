-- Any city's districts (issue 10): the portal is the city's whose districts it holds. Admins import the
-- district boundaries from GeoJSON (admin/districts); the city's name is an admin setting saved with them
-- (one row), and its GB/T 2260 code is the districts' common parent (first four digits + "00"), computed.
-- Without a row the portal names no city (a fresh installation before its first import).
CREATE TABLE city (
    id         smallint    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    name_zh    varchar(60) NOT NULL CHECK (length(trim(name_zh)) > 0),
    name_en    varchar(60) NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by varchar(60) NOT NULL DEFAULT 'system',
    version    bigint      NOT NULL DEFAULT 0
);

-- Imported boundaries are official unless said otherwise.
ALTER TABLE district ALTER COLUMN boundary_approximate SET DEFAULT false;
