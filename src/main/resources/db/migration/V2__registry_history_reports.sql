-- Station registry, issue 3: suspension reason, who-changed-what history, monthly service reports.

ALTER TABLE station ADD COLUMN status_reason varchar(200);

-- One revision per save of an audited entity (stations, service reports, ...), one row per changed field.
CREATE SEQUENCE change_revision_seq INCREMENT BY 50;
CREATE TABLE change_revision (
    id          bigint PRIMARY KEY DEFAULT nextval('change_revision_seq'),
    entity_type varchar(32) NOT NULL,
    entity_id   bigint      NOT NULL,
    action      varchar(16) NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT')),
    changed_at  timestamptz NOT NULL DEFAULT now(),
    changed_by  varchar(60) NOT NULL
);
CREATE INDEX change_revision_entity_idx ON change_revision (entity_type, entity_id, changed_at DESC, id DESC);
CREATE TABLE change_revision_field (
    revision_id bigint      NOT NULL REFERENCES change_revision (id) ON DELETE CASCADE,
    field       varchar(40) NOT NULL,
    old_value   text,
    new_value   text,
    PRIMARY KEY (revision_id, field)
);

-- Monthly service report of a station: people served (服务人次) and activities held (活动场次) per category.
CREATE SEQUENCE service_report_seq INCREMENT BY 50;
CREATE TABLE service_report (
    id         bigint PRIMARY KEY DEFAULT nextval('service_report_seq'),
    station_id bigint      NOT NULL REFERENCES station (id) ON DELETE CASCADE,
    month      date        NOT NULL CHECK (extract(DAY FROM month) = 1),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by varchar(60) NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by varchar(60) NOT NULL,
    version    bigint      NOT NULL DEFAULT 0,
    CONSTRAINT service_report_one_per_month UNIQUE (station_id, month)
);
CREATE TABLE service_report_line (
    report_id     bigint      NOT NULL REFERENCES service_report (id) ON DELETE CASCADE,
    category      varchar(24) NOT NULL
        CHECK (category IN ('SEASONAL_CARE', 'LEGAL_SERVICE', 'SKILLS_TRAINING', 'CULTURAL', 'OTHER')),
    people_served integer     NOT NULL CHECK (people_served >= 0),
    activities    integer     NOT NULL CHECK (activities >= 0),
    PRIMARY KEY (report_id, category)
);
