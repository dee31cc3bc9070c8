-- Demo data (demo and test profiles only): a few stations behind with their monthly reports, so the reporting
-- discipline board (报送情况) has something to show besides the demo operators' own stations (which V8_1 leaves
-- entirely to them). Uneven, as it is in real life: two stations in 通山县 and one in 崇阳县 missing October and
-- November, one in 通山县 silent since August, one in 崇阳县 that skipped September and November, and two
-- stations only one month late (a suspended one in 崇阳县 and one in 通城县). The deleted reports counted 861
-- people served, so Jan-Nov 2026 totals drop by less than 1 % (90,372 -> 89,511).
-- Stations are named, as the demo operators' assignments are (V1_1), so the data is the same on every install.

DELETE FROM service_report r
USING station s,
      (VALUES ('南林桥镇工会驿站', date '2026-10-01'), ('南林桥镇工会驿站', date '2026-11-01'),
              ('九宫山游客中心爱心母婴室', date '2026-10-01'), ('九宫山游客中心爱心母婴室', date '2026-11-01'),
              ('通山县总工会心灵驿站', date '2026-08-01'), ('通山县总工会心灵驿站', date '2026-09-01'),
              ('通山县总工会心灵驿站', date '2026-10-01'), ('通山县总工会心灵驿站', date '2026-11-01'),
              ('石城镇工会驿站', date '2026-10-01'), ('石城镇工会驿站', date '2026-11-01'),
              ('崇阳县政务服务中心爱心母婴室', date '2026-09-01'), ('崇阳县政务服务中心爱心母婴室', date '2026-11-01'),
              ('崇阳汽车客运站爱心母婴室', date '2026-11-01'),
              ('通城县职工之家', date '2026-11-01')) AS late (station, month)
WHERE s.name = late.station
  AND r.station_id = s.id
  AND r.month = late.month;
