-- The year's station programmes (issue 8): smart upgrades, legal-service add-ons and flagship stations.
-- Every record belongs to one station and one programme year, carries a version (optimistic locking) and the
-- who/when columns; field-by-field history goes to change_revision like every other audited entity.

-- 智能化升级改造: one station's upgrade, PLANNED -> IN_PROGRESS -> COMPLETED -> ACCEPTED, or CANCELLED.
CREATE SEQUENCE smart_upgrade_seq INCREMENT BY 50;
CREATE TABLE smart_upgrade (
    id                 bigint PRIMARY KEY DEFAULT nextval('smart_upgrade_seq'),
    station_id         bigint        NOT NULL REFERENCES station (id) ON DELETE CASCADE,
    programme_year     integer       NOT NULL CHECK (programme_year BETWEEN 2000 AND 2100),
    scope              varchar(24)[] NOT NULL DEFAULT '{}',
    budget             numeric(14, 2) CHECK (budget >= 0),
    contractor         varchar(100),
    planned_start      date,
    planned_completion date,
    actual_start       date,
    actual_completion  date,
    status             varchar(16)   NOT NULL
        CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ACCEPTED', 'CANCELLED')),
    cancel_reason      varchar(200),
    acceptance_date    date,
    acceptance_note    varchar(500),
    created_at         timestamptz   NOT NULL DEFAULT now(),
    created_by         varchar(60)   NOT NULL,
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    updated_by         varchar(60)   NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    CHECK (planned_completion IS NULL OR planned_start IS NULL OR planned_completion >= planned_start),
    CHECK (actual_completion IS NULL OR actual_start IS NULL OR actual_completion >= actual_start),
    CHECK (status <> 'COMPLETED' OR actual_completion IS NOT NULL),
    CHECK (status <> 'ACCEPTED' OR (acceptance_date IS NOT NULL AND actual_completion IS NOT NULL
                                    AND acceptance_date >= actual_completion)),
    CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL)
);
-- The programme counts stations: one upgrade per station and year unless it was cancelled.
CREATE UNIQUE INDEX smart_upgrade_one_per_station_year ON smart_upgrade (station_id, programme_year)
    WHERE status <> 'CANCELLED';
CREATE INDEX smart_upgrade_year_status_idx ON smart_upgrade (programme_year, status);

-- 法律服务功能: a partner's legal service at a union post station.
CREATE SEQUENCE legal_addon_seq INCREMENT BY 50;
CREATE TABLE legal_addon (
    id             bigint PRIMARY KEY DEFAULT nextval('legal_addon_seq'),
    station_id     bigint       NOT NULL REFERENCES station (id) ON DELETE CASCADE,
    programme_year integer      NOT NULL CHECK (programme_year BETWEEN 2000 AND 2100),
    partner_kind   varchar(24)  NOT NULL CHECK (partner_kind IN ('LAW_FIRM', 'LEGAL_AID_CENTRE', 'UNION_LEGAL_TEAM')),
    partner_name   varchar(100) NOT NULL CHECK (length(trim(partner_name)) > 0),
    lawyer_name    varchar(40),
    lawyer_phone   varchar(30),
    weekdays       varchar(3)[] NOT NULL DEFAULT '{}',
    opens          time,
    closes         time,
    start_date     date         NOT NULL,
    end_date       date,
    status         varchar(16)  NOT NULL CHECK (status IN ('PLANNED', 'ACTIVE', 'PAUSED', 'ENDED')),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    created_by     varchar(60)  NOT NULL,
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    updated_by     varchar(60)  NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (opens IS NULL OR closes IS NULL OR opens < closes)
);
-- At most one planned or active add-on per station at a time.
CREATE UNIQUE INDEX legal_addon_one_open_per_station ON legal_addon (station_id)
    WHERE status IN ('PLANNED', 'ACTIVE');
CREATE INDEX legal_addon_year_status_idx ON legal_addon (programme_year, status);

-- 旗舰站: NOMINATED -> UNDER_ASSESSMENT -> AWARDED | REJECTED; AWARDED -> REVOKED.
CREATE SEQUENCE flagship_seq INCREMENT BY 50;
CREATE TABLE flagship (
    id             bigint PRIMARY KEY DEFAULT nextval('flagship_seq'),
    station_id     bigint       NOT NULL REFERENCES station (id) ON DELETE CASCADE,
    programme_year integer      NOT NULL CHECK (programme_year BETWEEN 2000 AND 2100),
    status         varchar(20)  NOT NULL
        CHECK (status IN ('NOMINATED', 'UNDER_ASSESSMENT', 'AWARDED', 'REJECTED', 'REVOKED')),
    note           varchar(500),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    created_by     varchar(60)  NOT NULL,
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    updated_by     varchar(60)  NOT NULL,
    version        bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX flagship_one_per_station_year ON flagship (station_id, programme_year)
    WHERE status <> 'REJECTED';
CREATE INDEX flagship_year_status_idx ON flagship (programme_year, status);

-- Each step of a flagship record's workflow: when it happened, who decided, why, and the readiness score then.
CREATE TABLE flagship_step (
    flagship_id bigint       NOT NULL REFERENCES flagship (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    status      varchar(20)  NOT NULL
        CHECK (status IN ('NOMINATED', 'UNDER_ASSESSMENT', 'AWARDED', 'REJECTED', 'REVOKED')),
    step_date   date         NOT NULL,
    decided_by  varchar(60)  NOT NULL,
    reason      varchar(500),
    score       numeric(5, 1),
    PRIMARY KEY (flagship_id, position),
    CHECK (status NOT IN ('REJECTED', 'REVOKED') OR reason IS NOT NULL),
    CHECK (status <> 'AWARDED' OR score IS NOT NULL)
);

-- What makes a station ready to be a flagship: one row per criterion (weight, target), admin-editable.
CREATE TABLE flagship_criterion (
    criterion varchar(32)    PRIMARY KEY
        CHECK (criterion IN ('SERVICES_OFFERED', 'HOURS_PER_WEEK', 'PEOPLE_PER_MONTH', 'LEGAL_SERVICE_ACTIVE',
                             'SMART_UPGRADE_ACCEPTED', 'ACTIVITIES_THIS_YEAR')),
    weight    integer        NOT NULL CHECK (weight BETWEEN 0 AND 100),
    target    numeric(10, 1) NOT NULL CHECK (target > 0),
    version   bigint         NOT NULL DEFAULT 0
);
INSERT INTO flagship_criterion (criterion, weight, target) VALUES
    ('SERVICES_OFFERED', 20, 6),
    ('HOURS_PER_WEEK', 15, 60),
    ('PEOPLE_PER_MONTH', 25, 300),
    ('LEGAL_SERVICE_ACTIVE', 15, 1),
    ('SMART_UPGRADE_ACCEPTED', 10, 1),
    ('ACTIVITIES_THIS_YEAR', 15, 24);

-- The readiness score (0-100) a station needs for the award.
CREATE TABLE flagship_policy (
    id        integer       PRIMARY KEY CHECK (id = 1),
    threshold numeric(5, 1) NOT NULL CHECK (threshold BETWEEN 0 AND 100),
    version   bigint        NOT NULL DEFAULT 0
);
INSERT INTO flagship_policy (id, threshold) VALUES (1, 80);
