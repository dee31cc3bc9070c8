-- Demo (issue 9): Xianning's published promises for 2026 and four of 2025's with their actuals, progress entries
-- through the last full month (November 2026), and the stations that opened in 2026 as the change log saw them.
-- The entries make some KPIs ahead, some on track and some behind, unevenly across the districts.

-- Stations that opened in 2026 (status changes with their dates in the change log), one closing and one suspension.
CREATE TEMPORARY TABLE demo_opening (station_id bigint, old_status varchar(24), new_status varchar(24), day date)
    ON COMMIT DROP;
INSERT INTO demo_opening VALUES
    (2051, 'UNDER_CONSTRUCTION', 'OPEN', '2026-03-08'),
    (2501, 'UNDER_CONSTRUCTION', 'OPEN', '2026-04-20'),
    (3201, 'UNDER_CONSTRUCTION', 'OPEN', '2026-05-16'),
    (2701, 'UNDER_CONSTRUCTION', 'OPEN', '2026-06-12'),
    (2351, 'PLANNED', 'OPEN', '2026-09-18'),
    (3101, 'PLANNED', 'OPEN', '2026-10-26'),
    (3401, 'UNDER_CONSTRUCTION', 'OPEN', '2026-04-09'),
    (3451, 'UNDER_CONSTRUCTION', 'OPEN', '2026-07-01'),
    (3551, 'UNDER_CONSTRUCTION', 'OPEN', '2026-11-18'),
    (2751, 'OPEN', 'CLOSED', '2026-08-31'),
    (2951, 'OPEN', 'SUSPENDED', '2026-10-15');

UPDATE station s SET status = o.new_status,
                     opened_on = CASE WHEN o.new_status = 'OPEN' THEN o.day ELSE s.opened_on END,
                     closed_on = CASE WHEN o.new_status = 'CLOSED' THEN o.day ELSE s.closed_on END
FROM demo_opening o WHERE s.id = o.station_id;

WITH rev AS (
    INSERT INTO change_revision (entity_type, entity_id, action, changed_at, changed_by)
    SELECT 'STATION', o.station_id, 'UPDATE', (o.day + time '10:00') AT TIME ZONE 'Asia/Shanghai', 'planner'
    FROM demo_opening o
    RETURNING id, entity_id)
INSERT INTO change_revision_field (revision_id, field, old_value, new_value)
SELECT rev.id, 'status', o.old_status, o.new_status FROM rev JOIN demo_opening o ON o.station_id = rev.entity_id;

-- No reports for the months before a station opened.
DELETE FROM service_report r USING demo_opening o
WHERE r.station_id = o.station_id AND o.new_status = 'OPEN' AND r.month < date_trunc('month', o.day);

-- The catalogue.
INSERT INTO kpi (kpi_year, code, position, name_zh, name_en, unit_zh, unit_en, target, direction, source, aggregation,
                 monthly_profile, last_year_actual, created_by, updated_by) VALUES
    (2026, 'PEOPLE_SERVED', 1, '阵地服务职工', 'Workers served at stations', '人次', 'person-times', 100000, 'AT_LEAST', 'PEOPLE_SERVED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'MUTUAL_AID', 2, '职工互助医疗保障', 'Mutual-aid medical cover', '人次', 'person-times', 103180, 'AT_LEAST', 'REPORTED', 'SUM', '{30,20,10,5,5,5,5,5,5,4,3,3}', 100125, 'admin', 'admin'),
    (2026, 'WARMTH', 3, '送温暖', 'Warmth visits (送温暖)', '人次', 'person-times', 6000, 'AT_LEAST', 'REPORTED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'HARDSHIP_FILES', 4, '困难职工建档', 'Hardship files kept', '户', 'households', 400, 'KEEP_AT_LEAST', 'REPORTED', 'LEVEL', NULL, NULL, 'admin', 'admin'),
    (2026, 'JOB_FAIRS', 5, '校园招聘会', 'Campus job fairs', '场', 'events', 5, 'AT_LEAST', 'REPORTED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'CULTURE_SPORTS', 6, '文化体育活动', 'Cultural and sports activities', '场', 'events', 100, 'AT_LEAST', 'REPORTED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'CULTURE_GRASSROOTS', 7, '送文化下基层', 'Culture to the grassroots', '场', 'events', 10, 'AT_LEAST', 'REPORTED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'CHILDCARE', 8, '职工子女托管', 'Childcare for workers'' children', '人次', 'person-times', 3000, 'AT_LEAST', 'REPORTED', 'SUM', '{10,5,0,0,0,0,40,40,0,0,0,5}', NULL, 'admin', 'admin'),
    (2026, 'MATCHMAKING', 9, '青年职工联谊', 'Matchmaking events', '场', 'events', 12, 'AT_LEAST', 'REPORTED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'HEALTH_CHECKS', 10, '新就业形态劳动者免费体检', 'Free health checks, new-employment workers', '人次', 'person-times', 1500, 'AT_LEAST', 'REPORTED', 'SUM', NULL, 1681, 'admin', 'admin'),
    (2026, 'WARM_NEW_GIFTS', 11, '工会暖新礼包', 'Union welcome packs (暖新礼包)', '份', 'packs', 2000, 'AT_LEAST', 'REPORTED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'MBR_NEW', 12, '新建爱心母婴室', 'New mother-baby rooms', '个', 'rooms', 6, 'AT_LEAST', 'MOTHER_BABY_ROOMS_OPENED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'HEART_NEW', 13, '新建心灵驿站', 'New heart stations', '个', 'stations', 6, 'AT_LEAST', 'HEART_STATIONS_OPENED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'DISPUTES', 14, '劳动争议调解', 'Labour disputes mediated', '件', 'cases', 500, 'AT_LEAST', 'REPORTED', 'SUM', NULL, 833, 'admin', 'admin'),
    (2026, 'BARGAINING', 15, '百人以上企业集体协商建制率', 'Collective bargaining rate, unionised enterprises of 100+', '%', '%', 80, 'KEEP_AT_LEAST', 'REPORTED', 'LATEST', NULL, 96.23, 'admin', 'admin'),
    (2026, 'SMART_UPGRADES', 16, '驿站智能化升级', 'Smart upgrades accepted', '个', 'stations', 10, 'AT_LEAST', 'SMART_UPGRADES_ACCEPTED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'LEGAL_POSTS', 17, '驿站法律服务', 'Union post stations with legal service', '个', 'stations', 24, 'AT_LEAST', 'LEGAL_SERVICE_POSTS', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'FLAGSHIPS', 18, '旗舰站', 'Flagship stations awarded', '个', 'stations', 6, 'AT_LEAST', 'FLAGSHIPS_AWARDED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'MBR_OPEN', 19, '爱心母婴室动态保持', 'Mother-baby rooms kept open', '个', 'rooms', 25, 'KEEP_AT_LEAST', 'MOTHER_BABY_ROOMS_OPEN', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2026, 'HEART_OPEN', 20, '心灵驿站动态保持', 'Heart stations kept open', '个', 'stations', 10, 'KEEP_AT_LEAST', 'HEART_STATIONS_OPEN', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2025, 'MUTUAL_AID', 1, '职工互助医疗保障', 'Mutual-aid medical cover', '人次', 'person-times', 100000, 'AT_LEAST', 'REPORTED', 'SUM', '{30,20,10,5,5,5,5,5,5,4,3,3}', NULL, 'admin', 'admin'),
    (2025, 'HEALTH_CHECKS', 2, '新就业形态劳动者免费体检', 'Free health checks, new-employment workers', '人次', 'person-times', 1500, 'AT_LEAST', 'REPORTED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2025, 'DISPUTES', 3, '劳动争议调解', 'Labour disputes mediated', '件', 'cases', 500, 'AT_LEAST', 'REPORTED', 'SUM', NULL, NULL, 'admin', 'admin'),
    (2025, 'BARGAINING', 4, '百人以上企业集体协商建制率', 'Collective bargaining rate, unionised enterprises of 100+', '%', '%', 80, 'KEEP_AT_LEAST', 'REPORTED', 'LATEST', NULL, NULL, 'admin', 'admin');

-- District splits (咸安 嘉鱼 通城 崇阳 通山 赤壁, by GB/T 2260 code).
INSERT INTO kpi_district_target (kpi_id, district_id, target)
SELECT k.id, d.id, t.target
FROM (VALUES
    ('MUTUAL_AID', '421202', 30000), ('MUTUAL_AID', '421221', 14500), ('MUTUAL_AID', '421222', 13800),
    ('MUTUAL_AID', '421223', 14200), ('MUTUAL_AID', '421224', 10680), ('MUTUAL_AID', '421281', 20000),
    ('HEALTH_CHECKS', '421202', 400), ('HEALTH_CHECKS', '421221', 220), ('HEALTH_CHECKS', '421222', 200),
    ('HEALTH_CHECKS', '421223', 210), ('HEALTH_CHECKS', '421224', 170), ('HEALTH_CHECKS', '421281', 300),
    ('PEOPLE_SERVED', '421202', 30000), ('PEOPLE_SERVED', '421221', 14000), ('PEOPLE_SERVED', '421222', 13000),
    ('PEOPLE_SERVED', '421223', 14000), ('PEOPLE_SERVED', '421224', 9000), ('PEOPLE_SERVED', '421281', 20000),
    ('HARDSHIP_FILES', '421202', 100), ('HARDSHIP_FILES', '421221', 60), ('HARDSHIP_FILES', '421222', 60),
    ('HARDSHIP_FILES', '421223', 60), ('HARDSHIP_FILES', '421224', 55), ('HARDSHIP_FILES', '421281', 65)
) AS t (code, district_code, target)
JOIN kpi k ON k.code = t.code AND k.kpi_year = 2026
JOIN district d ON d.code = t.district_code;

-- Spreads a total over months 1..last (by the month weights) and districts (by the district weights, in code order)
-- in whole numbers that add up exactly (each cell gets the rounded running total minus what was given before); one
-- entry per month and district that gets something.
CREATE FUNCTION pg_temp.demo_spread(p_year int, p_code text, p_total numeric, p_district_weights numeric[],
                                    p_month_weights numeric[], p_last_month int, p_note text) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    v_kpi bigint;
    v_dsum numeric := (SELECT sum(w) FROM unnest(p_district_weights) w);
    v_msum numeric := (SELECT sum(w) FROM unnest(p_month_weights[1:p_last_month]) w);
    v_share numeric := 0;
    v_given numeric := 0;
    v_amount numeric;
    v_district record;
    v_i int;
BEGIN
    SELECT id INTO v_kpi FROM kpi WHERE kpi_year = p_year AND code = p_code;
    FOR m IN 1..p_last_month LOOP
        v_i := 0;
        FOR v_district IN SELECT id FROM district ORDER BY code LOOP
            v_i := v_i + 1;
            v_share := v_share + p_district_weights[v_i] * p_month_weights[m];
            v_amount := round(p_total * v_share / (v_dsum * v_msum)) - v_given;
            IF v_amount > 0 THEN
                INSERT INTO kpi_progress (kpi_id, entry_date, amount, district_id, note, created_by, updated_by)
                VALUES (v_kpi, make_date(p_year, m, 25), v_amount, v_district.id, p_note, 'planner', 'planner');
                v_given := v_given + v_amount;
            END IF;
        END LOOP;
    END LOOP;
    IF v_given <> p_total THEN
        RAISE EXCEPTION 'demo spread of % gave % of %', p_code, v_given, p_total;
    END IF;
END $$;

-- 2026, January to November; district weights in code order 咸安 嘉鱼 通城 崇阳 通山 赤壁.
SELECT pg_temp.demo_spread(2026, 'MUTUAL_AID', 98600, '{31,13,14,14,9,19}', '{30,20,10,5,5,5,5,5,5,4,3,3}', 11, '月度汇总');
SELECT pg_temp.demo_spread(2026, 'WARMTH', 6240, '{30,14,13,14,10,19}', '{25,20,5,5,5,5,10,10,5,5,5,0}', 11, '走访慰问');
SELECT pg_temp.demo_spread(2026, 'JOB_FAIRS', 5, '{1,1,1,1,1,1}', '{0,0,1,1,0,0,0,0,1,1,1,0}', 11, '高校专场');
SELECT pg_temp.demo_spread(2026, 'CULTURE_SPORTS', 97, '{30,12,14,13,10,18}', '{1,1,1,1,1,1,1,1,1,1,1,1}', 11, '文体活动');
SELECT pg_temp.demo_spread(2026, 'CULTURE_GRASSROOTS', 7, '{2,1,1,1,1,1}', '{0,0,1,0,1,0,1,0,1,0,1,0}', 11, '文艺演出');
SELECT pg_temp.demo_spread(2026, 'CHILDCARE', 2910, '{35,12,12,12,9,20}', '{10,5,0,0,0,0,40,40,0,0,0,5}', 11, '暑期托管班');
SELECT pg_temp.demo_spread(2026, 'MATCHMAKING', 11, '{1,1,1,1,1,1}', '{1,1,1,1,1,1,1,1,1,1,1,1}', 11, '联谊活动');
SELECT pg_temp.demo_spread(2026, 'HEALTH_CHECKS', 1180, '{34,16,12,14,6,18}', '{1,1,1,1,1,1,1,1,1,1,1,1}', 11, '免费体检');
SELECT pg_temp.demo_spread(2026, 'WARM_NEW_GIFTS', 2150, '{30,14,13,14,10,19}', '{1,1,1,1,1,1,1,1,1,1,1,1}', 11, '暖新礼包发放');
SELECT pg_temp.demo_spread(2026, 'DISPUTES', 468, '{30,14,13,14,10,19}', '{1,1,1,1,1,1,1,1,1,1,1,1}', 11, '调解结案');
-- 2025, the whole year: the actuals last year's report published.
SELECT pg_temp.demo_spread(2025, 'MUTUAL_AID', 100125, '{30,14,13,14,10,19}', '{30,20,10,5,5,5,5,5,5,4,3,3}', 12, '月度汇总');
SELECT pg_temp.demo_spread(2025, 'HEALTH_CHECKS', 1681, '{30,14,13,14,10,19}', '{1,1,1,1,1,1,1,1,1,1,1,1}', 12, '免费体检');
SELECT pg_temp.demo_spread(2025, 'DISPUTES', 833, '{30,14,13,14,10,19}', '{1,1,1,1,1,1,1,1,1,1,1,1}', 12, '调解结案');

-- Levels: households with a hardship file per district (the latest entry counts), and the bargaining rate.
INSERT INTO kpi_progress (kpi_id, entry_date, amount, district_id, note, created_by, updated_by)
SELECT k.id, t.day::date, t.amount, d.id, '季度核查', 'planner', 'planner'
FROM (VALUES
    ('421202', '2026-03-31', 92), ('421202', '2026-06-30', 95), ('421202', '2026-09-30', 97), ('421202', '2026-11-25', 98),
    ('421221', '2026-03-31', 58), ('421221', '2026-06-30', 61), ('421221', '2026-09-30', 62), ('421221', '2026-11-25', 62),
    ('421222', '2026-03-31', 55), ('421222', '2026-06-30', 57), ('421222', '2026-09-30', 58), ('421222', '2026-11-25', 58),
    ('421223', '2026-03-31', 60), ('421223', '2026-06-30', 60), ('421223', '2026-09-30', 61), ('421223', '2026-11-25', 61),
    ('421224', '2026-03-31', 44), ('421224', '2026-06-30', 45), ('421224', '2026-09-30', 47), ('421224', '2026-11-25', 47),
    ('421281', '2026-03-31', 57), ('421281', '2026-06-30', 59), ('421281', '2026-09-30', 60), ('421281', '2026-11-25', 60)
) AS t (district_code, day, amount)
JOIN kpi k ON k.code = 'HARDSHIP_FILES' AND k.kpi_year = 2026
JOIN district d ON d.code = t.district_code;

INSERT INTO kpi_progress (kpi_id, entry_date, amount, district_id, note, created_by, updated_by)
SELECT k.id, t.day::date, t.amount, d.id, t.note, 'planner', 'planner'
FROM (VALUES
    (2026, NULL, '2026-03-31', 78.50, '一季度抽样统计'), (2026, NULL, '2026-06-30', 80.90, '半年统计'),
    (2026, NULL, '2026-09-30', 82.40, '三季度统计'),
    (2026, '421202', '2026-09-30', 88.20, '三季度统计'), (2026, '421221', '2026-09-30', 79.10, '三季度统计'),
    (2026, '421222', '2026-09-30', 76.30, '三季度统计'), (2026, '421223', '2026-09-30', 81.00, '三季度统计'),
    (2026, '421224', '2026-09-30', 74.60, '三季度统计'), (2026, '421281', '2026-09-30', 85.70, '三季度统计'),
    (2025, NULL, '2025-12-31', 96.23, '年度统计')
) AS t (year, district_code, day, amount, note)
JOIN kpi k ON k.code = 'BARGAINING' AND k.kpi_year = t.year
LEFT JOIN district d ON d.code = t.district_code;

DROP FUNCTION pg_temp.demo_spread(int, text, numeric, numeric[], numeric[], int, text);
