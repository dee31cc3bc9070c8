-- The Docker database gets the test database too, with PostGIS in both (created here as the superuser).
CREATE DATABASE unionstations_test OWNER unionstations;
\c unionstations
CREATE EXTENSION IF NOT EXISTS postgis;
\c unionstations_test
CREATE EXTENSION IF NOT EXISTS postgis;
