-- One materialised coverage result per analysis run (issue 11): the covered set is computed once, when a planner runs
-- the analysis, and every later step of that run (report, uncovered list and count, map data, hex grid, siting,
-- exports) reads it instead of deriving it again. The distance from each uncovered point to its nearest counted
-- station is filled in afterwards, in batches, for sorting by distance.
--
-- UNLOGGED: no WAL for rows that are cheap to compute again and live for two hours at most (CoverageRuns); after a
-- crash PostgreSQL empties these tables and the views say "results expired, run the analysis again". Not TEMPORARY:
-- the steps of a run use whichever pooled connection they get, and several portal instances share the database.

CREATE UNLOGGED TABLE coverage_run (
    id               uuid        PRIMARY KEY,
    station_type     varchar(24) NOT NULL,
    include_planned  boolean     NOT NULL,
    statuses         text[]      NOT NULL,
    radius_m         integer     NOT NULL,
    -- the demand points the run saw: ids up to this one (points imported later are not part of its results)
    max_point_id     bigint      NOT NULL,
    uncovered_points bigint      NOT NULL,
    distances_done   bigint      NOT NULL DEFAULT 0,
    distances_ready  boolean     NOT NULL DEFAULT false,
    created_by       varchar(60) NOT NULL,
    created_at       timestamptz NOT NULL
);
CREATE INDEX coverage_run_created_idx ON coverage_run (created_at DESC);

-- Demand points within the radius of a counted station, each once. No foreign keys: deleting demand points must not
-- wait for these rows (a deleted point simply joins nothing any more), and checking each of a run's rows against
-- coverage_run took 1.8 s of a province run's 6 s (164,703 rows); CoverageRunCleanup deletes a run's rows with it.
CREATE UNLOGGED TABLE coverage_run_covered (
    run_id   uuid   NOT NULL,
    point_id bigint NOT NULL,
    PRIMARY KEY (run_id, point_id)
);

-- The exact distance (spheroid, metres) from each uncovered point to its nearest counted station; null when the run
-- counts no station at all. Filled by the run's distance phase.
CREATE UNLOGGED TABLE coverage_run_distance (
    run_id   uuid   NOT NULL,
    point_id bigint NOT NULL,
    metres   double precision,
    PRIMARY KEY (run_id, point_id)
);
-- the uncovered list sorted by distance, farthest first (no station at all counts as farthest)
CREATE INDEX coverage_run_distance_sort_idx ON coverage_run_distance (run_id, metres DESC NULLS FIRST, point_id);

-- The uncovered list sorted by workers: walking this index, the anti-join against the covered set stops after the page.
CREATE INDEX demand_point_workers_idx ON demand_point (workers DESC, id);
