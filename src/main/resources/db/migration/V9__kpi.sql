-- Issue 9: the year's promises (KPI catalogue with targets), progress entries for the promises the portal does not
-- run itself, and the district split of a target. Figures of computed KPIs are read from the portal's own tables;
-- nothing here caches them.

CREATE SEQUENCE kpi_seq INCREMENT BY 50;
CREATE TABLE kpi (
    id              bigint PRIMARY KEY DEFAULT nextval('kpi_seq'),
    kpi_year        integer        NOT NULL CHECK (kpi_year BETWEEN 2000 AND 2100),
    code            varchar(40)    NOT NULL CHECK (code ~ '^[A-Z0-9_]+$'),
    position        integer        NOT NULL DEFAULT 0,
    name_zh         varchar(100)   NOT NULL CHECK (length(trim(name_zh)) > 0),
    name_en         varchar(100)   NOT NULL CHECK (length(trim(name_en)) > 0),
    unit_zh         varchar(20)    NOT NULL,
    unit_en         varchar(20)    NOT NULL,
    target          numeric(14, 2) NOT NULL CHECK (target >= 0),
    direction       varchar(16)    NOT NULL CHECK (direction IN ('AT_LEAST', 'AT_MOST', 'KEEP_AT_LEAST')),
    source          varchar(32)    NOT NULL
        CHECK (source IN ('REPORTED', 'SMART_UPGRADES_ACCEPTED', 'LEGAL_SERVICE_POSTS', 'FLAGSHIPS_AWARDED',
                          'PEOPLE_SERVED', 'MOTHER_BABY_ROOMS_OPEN', 'HEART_STATIONS_OPEN',
                          'MOTHER_BABY_ROOMS_OPENED', 'HEART_STATIONS_OPENED')),
    -- Reported KPIs only: SUM adds the entries up; LEVEL is each district's latest entry, summed (households with
    -- a hardship file); LATEST is the newest city-wide entry (a rate).
    aggregation     varchar(8)     NOT NULL DEFAULT 'SUM' CHECK (aggregation IN ('SUM', 'LEVEL', 'LATEST')),
    -- Optional seasonal profile: 12 non-negative monthly weights; the pace follows their running share.
    monthly_profile numeric(8, 3)[] CHECK (monthly_profile IS NULL OR cardinality(monthly_profile) = 12),
    last_year_actual numeric(14, 2),
    created_at      timestamptz    NOT NULL DEFAULT now(),
    created_by      varchar(60)    NOT NULL,
    updated_at      timestamptz    NOT NULL DEFAULT now(),
    updated_by      varchar(60)    NOT NULL,
    version         bigint         NOT NULL DEFAULT 0,
    CONSTRAINT kpi_one_code_per_year UNIQUE (kpi_year, code),
    CONSTRAINT kpi_aggregation_only_reported CHECK (source = 'REPORTED' OR aggregation = 'SUM')
);

-- The part of a target each district owns (optional; need not add up when the city keeps a reserve).
CREATE TABLE kpi_district_target (
    kpi_id      bigint         NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    district_id bigint         NOT NULL REFERENCES district (id) ON DELETE CASCADE,
    target      numeric(14, 2) NOT NULL CHECK (target >= 0),
    PRIMARY KEY (kpi_id, district_id)
);

-- Progress that authorised staff record for a reported KPI: dated, per district or city-wide (district null).
-- A negative amount is allowed only as a marked correction; no entry is dated in the future (checked in the service,
-- which knows the federation's calendar).
CREATE SEQUENCE kpi_progress_seq INCREMENT BY 50;
CREATE TABLE kpi_progress (
    id          bigint PRIMARY KEY DEFAULT nextval('kpi_progress_seq'),
    kpi_id      bigint         NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    entry_date  date           NOT NULL,
    amount      numeric(14, 2) NOT NULL CHECK (amount >= 0 OR correction),
    correction  boolean        NOT NULL DEFAULT false,
    district_id bigint REFERENCES district (id),
    note        varchar(500),
    created_at  timestamptz    NOT NULL DEFAULT now(),
    created_by  varchar(60)    NOT NULL,
    updated_at  timestamptz    NOT NULL DEFAULT now(),
    updated_by  varchar(60)    NOT NULL,
    version     bigint         NOT NULL DEFAULT 0
);
CREATE INDEX kpi_progress_kpi_date_idx ON kpi_progress (kpi_id, entry_date);

-- Computed KPIs read these often: stations by type and opening date, accepted upgrades by year.
CREATE INDEX station_type_opened_idx ON station (type, opened_on);
