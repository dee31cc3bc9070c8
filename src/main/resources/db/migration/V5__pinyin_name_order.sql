-- Names sort by pinyin (北港, 九宫山, 南林桥) instead of by code point (九, 北, 南: the database's C.UTF-8 order),
-- wherever a query orders by them: grids, selects, an operator's stations, exports, the coverage report.
-- One ICU collation for every name column, so every ORDER BY name is right without saying so; NameOrder (base) sorts
-- lists in memory the same way, with ICU4J and the same locale. ICU's Chinese collation is pinyin, rare characters
-- included (淦, 庵); the reordering puts Latin letters before Chinese characters (digits come first anyway).
-- It is deterministic (ties are broken by the bytes), so equality, uniqueness and LIKE behave as before. Needs PostgreSQL built with ICU (Debian's and
-- the postgis/postgis images are).
CREATE COLLATION IF NOT EXISTS pinyin (provider = icu, locale = 'zh-u-co-pinyin-kr-latn-hani');

ALTER TABLE district
    ALTER COLUMN name_zh TYPE varchar(60) COLLATE pinyin,
    ALTER COLUMN name_en TYPE varchar(60) COLLATE pinyin;
ALTER TABLE station
    ALTER COLUMN name TYPE varchar(100) COLLATE pinyin,
    ALTER COLUMN host_organisation TYPE varchar(100) COLLATE pinyin;
ALTER TABLE demand_point
    ALTER COLUMN name TYPE varchar(100) COLLATE pinyin;
ALTER TABLE app_user
    ALTER COLUMN display_name TYPE varchar(60) COLLATE pinyin;
