-- Issue 7, item 16: when a station opened and when it closed, so monthly reports are due only for the months it
-- was in service and a report for a month after the closing is refused. The portal sets them when the status
-- changes (opened_on: from planned/under construction to open; closed_on: to closed; reopening clears closed_on).
-- A station registered as already open has no opening date: it counts as open since before its records began.

ALTER TABLE station ADD COLUMN opened_on date;
ALTER TABLE station ADD COLUMN closed_on date;
ALTER TABLE station ADD CONSTRAINT station_closed_on_only_when_closed
    CHECK (closed_on IS NULL OR status = 'CLOSED');

-- Stations closed before this column existed: the last time the change log saw them become closed, else the day
-- of their last save (China Standard Time, as reports count months).
UPDATE station s
SET closed_on = coalesce(
        (SELECT max(r.changed_at AT TIME ZONE 'Asia/Shanghai')::date
         FROM change_revision r
                  JOIN change_revision_field f ON f.revision_id = r.id
         WHERE r.entity_type = 'STATION'
           AND r.entity_id = s.id
           AND f.field = 'status'
           AND f.new_value = 'CLOSED'),
        (s.updated_at AT TIME ZONE 'Asia/Shanghai')::date)
WHERE s.status = 'CLOSED';

-- Stations that opened after being planned or under construction, as far as the change log saw it.
UPDATE station s
SET opened_on = (SELECT max(r.changed_at AT TIME ZONE 'Asia/Shanghai')::date
                 FROM change_revision r
                          JOIN change_revision_field f ON f.revision_id = r.id
                 WHERE r.entity_type = 'STATION'
                   AND r.entity_id = s.id
                   AND f.field = 'status'
                   AND f.old_value IN ('PLANNED', 'UNDER_CONSTRUCTION')
                   AND f.new_value IN ('OPEN', 'SUSPENDED'))
WHERE s.status IN ('OPEN', 'SUSPENDED', 'CLOSED');
