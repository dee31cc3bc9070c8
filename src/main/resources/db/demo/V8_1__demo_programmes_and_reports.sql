-- Demo data (demo and test profiles only): the 2026 station programmes of Xianning and the monthly service reports
-- from January to November 2026, plausible against "today" in late 2026.
--   smart upgrades 12 (7 accepted, 1 completed, 2 in progress, 1 planned, 1 cancelled)
--   legal-service add-ons 26 at union post stations (19 active, 3 paused, 2 ended, 2 planned)
--   flagship records 9 (4 awarded, 1 rejected, 2 under assessment, 2 nominated)
--   monthly reports for every open or suspended station that no demo operator maintains (the demo operators' own
--   stations are left for them to report), unevenly across districts: about 90 % of 100,000 people served.
-- Stations are picked in a fixed pseudo-random order (md5 of the name), so the data is the same on every install.

CREATE TEMPORARY TABLE demo_pick ON COMMIT DROP AS
SELECT s.id, s.type, s.name, d.code AS district,
       row_number() OVER (PARTITION BY s.type ORDER BY md5('programme-' || s.name)) AS r
FROM station s
LEFT JOIN district d ON d.id = s.district_id
WHERE s.status = 'OPEN'
  AND NOT EXISTS (SELECT 1 FROM operator_station o WHERE o.station_id = s.id);

-- Smart upgrades: union post stations 1-10, the first mother-baby room and the first heart station.
INSERT INTO smart_upgrade (station_id, programme_year, scope, budget, contractor, planned_start, planned_completion,
                           actual_start, actual_completion, status, cancel_reason, acceptance_date, acceptance_note,
                           created_at, created_by, updated_at, updated_by)
SELECT p.id, 2026, v.scope::varchar(24)[], v.budget, v.contractor, v.planned_start, v.planned_completion,
       v.actual_start, v.actual_completion, v.status, v.reason, v.accepted, v.note,
       timestamptz '2026-02-16 09:30+08', 'planner',
       coalesce(v.accepted, v.actual_completion, v.actual_start, date '2026-02-16') + time '16:00', 'planner'
FROM demo_pick p
JOIN (VALUES
    ('UNION_POST_STATION', 1, '{SMART_ACCESS,SELF_SERVICE_TERMINAL,VISITOR_COUNTING,VIDEO}', 186000.00, '咸宁智联科技有限公司',
     date '2026-03-01', date '2026-05-31', date '2026-03-05', date '2026-05-20', 'ACCEPTED', NULL, date '2026-06-10', '验收合格，客流统计已接入平台'),
    ('UNION_POST_STATION', 2, '{SMART_ACCESS,ENVIRONMENT_SENSORS,ONLINE_BOOKING}', 142500.00, '湖北楚天信息工程有限公司',
     date '2026-03-15', date '2026-06-15', date '2026-03-18', date '2026-06-08', 'ACCEPTED', NULL, date '2026-06-25', NULL),
    ('UNION_POST_STATION', 3, '{SELF_SERVICE_TERMINAL,SMART_LOCKERS,VIDEO}', 163800.00, '咸宁智联科技有限公司',
     date '2026-04-01', date '2026-06-30', date '2026-04-02', date '2026-06-28', 'ACCEPTED', NULL, date '2026-07-15', NULL),
    ('UNION_POST_STATION', 4, '{SMART_ACCESS,VISITOR_COUNTING,ONLINE_BOOKING,VIDEO}', 205000.00, '武汉长江数科有限公司',
     date '2026-04-10', date '2026-07-10', date '2026-04-15', date '2026-07-05', 'ACCEPTED', NULL, date '2026-07-28', '智能储物柜延后至明年'),
    ('UNION_POST_STATION', 5, '{ENVIRONMENT_SENSORS,SELF_SERVICE_TERMINAL}', 98600.50, '湖北楚天信息工程有限公司',
     date '2026-05-01', date '2026-07-31', date '2026-05-06', date '2026-08-02', 'ACCEPTED', NULL, date '2026-08-20', NULL),
    ('UNION_POST_STATION', 6, '{SMART_ACCESS,VIDEO}', 87300.00, '赤壁市天成电子工程部',
     date '2026-05-15', date '2026-08-15', date '2026-05-20', date '2026-08-30', 'ACCEPTED', NULL, date '2026-09-18', NULL),
    ('UNION_POST_STATION', 7, '{SMART_ACCESS,ONLINE_BOOKING,VISITOR_COUNTING,SMART_LOCKERS}', 176400.00, '武汉长江数科有限公司',
     date '2026-06-01', date '2026-09-30', date '2026-06-08', date '2026-09-26', 'ACCEPTED', NULL, date '2026-10-22', NULL),
    ('UNION_POST_STATION', 8, '{SELF_SERVICE_TERMINAL,VIDEO,VISITOR_COUNTING}', 132000.00, '咸宁智联科技有限公司',
     date '2026-07-01', date '2026-10-31', date '2026-07-10', date '2026-11-12', 'COMPLETED', NULL, NULL, NULL),
    ('UNION_POST_STATION', 9, '{SMART_ACCESS,ENVIRONMENT_SENSORS,ONLINE_BOOKING}', 119800.00, '湖北楚天信息工程有限公司',
     date '2026-08-15', date '2026-12-15', date '2026-09-01', NULL, 'IN_PROGRESS', NULL, NULL, NULL),
    ('UNION_POST_STATION', 10, '{SMART_LOCKERS}', 45000.00, NULL,
     date '2026-09-01', date '2026-11-30', NULL, NULL, 'CANCELLED', '站点拟搬迁，改造推迟到新址', NULL, NULL),
    ('MOTHER_BABY_ROOM', 1, '{ENVIRONMENT_SENSORS,ONLINE_BOOKING}', 56000.00, '赤壁市天成电子工程部',
     date '2026-09-15', date '2026-12-20', date '2026-10-08', NULL, 'IN_PROGRESS', NULL, NULL, NULL),
    ('HEART_STATION', 1, '{ONLINE_BOOKING,SELF_SERVICE_TERMINAL}', 68000.00, NULL,
     date '2027-01-10', date '2027-03-31', NULL, NULL, 'PLANNED', NULL, NULL, NULL)
) AS v (type, r, scope, budget, contractor, planned_start, planned_completion, actual_start, actual_completion, status,
        reason, accepted, note)
  ON v.type = p.type AND v.r = p.r;

-- Legal-service add-ons: union post stations 1-26.
INSERT INTO legal_addon (station_id, programme_year, partner_kind, partner_name, lawyer_name, lawyer_phone, weekdays,
                         opens, closes, start_date, end_date, status, created_at, created_by, updated_at, updated_by)
SELECT p.id, 2026,
       (ARRAY['LAW_FIRM', 'LEGAL_AID_CENTRE', 'UNION_LEGAL_TEAM'])[1 + p.r % 3],
       (ARRAY['湖北温泉律师事务所', '咸宁市法律援助中心', '市总工会职工法律服务团', '湖北鄂南律师事务所', '赤壁市法律援助中心'])[1 + p.r % 5],
       (ARRAY['王建国', '刘芳', '陈志刚', '张敏', '李红', '周斌', '吴静'])[1 + p.r % 7],
       '0715-8' || lpad((210000 + p.r * 37)::text, 6, '0'),
       CASE WHEN p.r % 2 = 0 THEN '{TUE,THU}'::varchar(3)[] ELSE '{WED}'::varchar(3)[] END,
       CASE WHEN p.r % 2 = 0 THEN time '14:00' ELSE time '09:00' END,
       CASE WHEN p.r % 2 = 0 THEN time '17:00' ELSE time '12:00' END,
       v.start_date, v.end_date, v.status,
       v.start_date - 14 + time '10:00', 'planner',
       coalesce(v.end_date, v.start_date) + time '10:00', 'planner'
FROM demo_pick p
JOIN (
    SELECT r,
           CASE WHEN r <= 19 THEN 'ACTIVE' WHEN r <= 22 THEN 'PAUSED' WHEN r <= 24 THEN 'ENDED' ELSE 'PLANNED' END AS status,
           CASE WHEN r <= 24 THEN date '2026-02-01' + ((r * 11) % 200) ELSE date '2026-12-15' END AS start_date,
           CASE WHEN r BETWEEN 23 AND 24 THEN date '2026-09-30' END AS end_date
    FROM generate_series(1, 26) AS r
) AS v ON p.type = 'UNION_POST_STATION' AND p.r = v.r;

-- Flagship records: union post stations 1-9 (the first four have accepted upgrades and active legal service).
INSERT INTO flagship (station_id, programme_year, status, note, created_at, created_by, updated_at, updated_by)
SELECT p.id, 2026, v.status, v.note, timestamptz '2026-07-01 10:00+08', 'planner',
       timestamptz '2026-07-01 10:00+08' + (v.r * interval '9 days'), 'planner'
FROM demo_pick p
JOIN (VALUES (1, 'AWARDED', '区总工会推荐'), (2, 'AWARDED', NULL), (3, 'AWARDED', NULL), (4, 'AWARDED', '职工满意度高'),
             (5, 'REJECTED', NULL), (6, 'UNDER_ASSESSMENT', NULL), (7, 'UNDER_ASSESSMENT', NULL),
             (8, 'NOMINATED', NULL), (9, 'NOMINATED', '待补充服务台账')) AS v (r, status, note)
  ON p.type = 'UNION_POST_STATION' AND p.r = v.r;

INSERT INTO flagship_step (flagship_id, position, status, step_date, decided_by, reason, score)
SELECT f.id, s.position, s.status, s.step_date, 'planner', s.reason, s.score
FROM flagship f
JOIN demo_pick p ON p.id = f.station_id
CROSS JOIN LATERAL (
    VALUES (0, 'NOMINATED', date '2026-07-01', NULL::varchar, NULL::numeric),
           (1, 'UNDER_ASSESSMENT', date '2026-08-03', NULL, NULL),
           (2, f.status, date '2026-09-10' + (p.r * 5)::int,
            CASE WHEN f.status = 'REJECTED' THEN '近三个月服务人次未达标，开放时间不足' END,
            CASE WHEN f.status = 'AWARDED' THEN 80 + p.r * 2.5 END::numeric)
) AS s (position, status, step_date, reason, score)
WHERE s.position = 0
   OR (s.position = 1 AND f.status <> 'NOMINATED')
   OR (s.position = 2 AND f.status IN ('AWARDED', 'REJECTED'));

-- Monthly service reports, January to November 2026: people served per station and month from the station type,
-- the district (the city centre serves more than the mountain counties), the season (Spring Festival warmth and
-- summer cooling) and a fixed pseudo-random spread; legal consultations only while a legal add-on runs.
CREATE TEMPORARY TABLE demo_month ON COMMIT DROP AS
SELECT s.id AS station_id, s.type, m::date AS month,
       round(
           CASE s.type WHEN 'UNION_POST_STATION' THEN 150 WHEN 'WORKERS_HOME' THEN 120
                       WHEN 'MOTHER_BABY_ROOM' THEN 46 ELSE 38 END
         * CASE d.code WHEN '421202' THEN 1.35 WHEN '421281' THEN 1.2 WHEN '421221' THEN 1.0
                       WHEN '421223' THEN 0.95 WHEN '421222' THEN 0.85 ELSE 0.75 END
         * CASE extract(MONTH FROM m) WHEN 1 THEN 1.25 WHEN 2 THEN 1.15 WHEN 7 THEN 1.3 WHEN 8 THEN 1.3 ELSE 1.0 END
         * (0.8 + 0.4 * (('x' || substr(md5(s.name || m::date), 1, 6))::bit(24)::int / 16777215.0))
       )::int AS people,
       EXISTS (SELECT 1 FROM legal_addon a
               WHERE a.station_id = s.id AND a.status <> 'PLANNED'
                 AND a.start_date < (m + interval '1 month')::date
                 AND (a.end_date IS NULL OR a.end_date >= m::date)) AS legal
FROM station s
LEFT JOIN district d ON d.id = s.district_id
CROSS JOIN generate_series(date '2026-01-01', date '2026-11-01', interval '1 month') AS m
WHERE s.status IN ('OPEN', 'SUSPENDED')
  AND NOT EXISTS (SELECT 1 FROM operator_station o WHERE o.station_id = s.id);

INSERT INTO service_report (station_id, month, created_at, created_by, updated_at, updated_by)
SELECT station_id, month, (month + interval '1 month 3 days')::timestamptz, 'demo',
       (month + interval '1 month 3 days')::timestamptz, 'demo'
FROM demo_month;

INSERT INTO service_report_line (report_id, category, people_served, activities)
SELECT r.id, c.category, c.people, c.activities
FROM demo_month m
JOIN service_report r ON r.station_id = m.station_id AND r.month = m.month
CROSS JOIN LATERAL (
    SELECT CASE WHEN m.legal THEN 6 + m.people % 9 ELSE 0 END AS legal_people
) AS l
CROSS JOIN LATERAL (
    VALUES ('SEASONAL_CARE', (m.people * 0.35)::int, 1),
           ('LEGAL_SERVICE', l.legal_people, CASE WHEN m.legal THEN 2 ELSE 0 END),
           ('SKILLS_TRAINING', (m.people * 0.15)::int, CASE WHEN m.type = 'UNION_POST_STATION' THEN 1 ELSE 0 END),
           ('CULTURAL', (m.people * 0.30)::int, 1 + m.people % 2),
           ('OTHER', greatest(0, m.people - (m.people * 0.35)::int - (m.people * 0.15)::int - (m.people * 0.30)::int
                     - l.legal_people), 0)
) AS c (category, people, activities)
WHERE c.people > 0 OR c.activities > 0;
