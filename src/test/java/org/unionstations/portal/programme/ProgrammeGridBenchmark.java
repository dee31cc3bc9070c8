package org.unionstations.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionstations.portal.PortalIT;

/**
 * What a programme grid costs with {@value #RECORDS} records of each programme in one
 * year: opening it (first page of 50, row count, totals row) and each filter and sort a
 * planner uses, as the view asks the services. Prints {@code BENCHMARK} lines (median and
 * max of {@value #RUNS} runs after a warm-up) with the load average; asserts only that
 * the records are there. Run with {@code scripts/benchmark.sh ProgrammeGridBenchmark}.
 */
@PortalIT
class ProgrammeGridBenchmark {

	static final int RECORDS = 5_000;

	static final int RUNS = 7;

	static final String PREFIX = "基准项目站";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	SmartUpgradeService upgrades;

	@Autowired
	LegalAddOnService legal;

	@Autowired
	FlagshipService flagships;

	@Autowired
	SecurityContextHolderStrategy securityContext;

	@BeforeEach
	void insertRecords() {
		removeRecords();
		long started = System.nanoTime();
		jdbc.sql("""
				INSERT INTO station (type, name, address, location, district_id, status, opening_hours, services)
				SELECT 'UNION_POST_STATION', :prefix || lpad(i::text, 5, '0'), '基准测试地址 ' || i,
				       ST_PointOnSurface(d.boundary), d.id, 'OPEN', '24/7', '{HOT_WATER,WIFI}'
				  FROM generate_series(1, :n) AS i
				  JOIN (SELECT id, boundary, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS c
				          FROM district) d ON d.k = i % d.c
				""").param("prefix", PREFIX).param("n", RECORDS).update();
		String stations = "SELECT id, row_number() OVER (ORDER BY id) AS i FROM station WHERE name LIKE '" + PREFIX
				+ "%'";
		jdbc.sql("""
				INSERT INTO smart_upgrade (station_id, programme_year, scope, budget, contractor, status,
				                           actual_start, actual_completion, acceptance_date, created_by, updated_by)
				SELECT id, 2026, '{SMART_ACCESS,VIDEO}', 50000 + (i * 37) % 200000, '基准承建' || (i % 40),
				       (ARRAY['PLANNED','IN_PROGRESS','COMPLETED','ACCEPTED'])[1 + i % 4],
				       CASE WHEN i % 4 >= 1 THEN date '2026-03-01' END, CASE WHEN i % 4 >= 2 THEN date '2026-06-01' END,
				       CASE WHEN i % 4 = 3 THEN date '2026-07-01' END, 'bench', 'bench'
				  FROM (""" + stations + ") s").update();
		jdbc.sql("""
				INSERT INTO legal_addon (station_id, programme_year, partner_kind, partner_name, weekdays, start_date,
				                         status, created_by, updated_by)
				SELECT id, 2026, 'LAW_FIRM', '基准律所' || (i % 30), '{TUE,THU}', date '2026-02-01',
				       (ARRAY['ACTIVE','PAUSED','PLANNED'])[1 + i % 3], 'bench', 'bench'
				  FROM (""" + stations + ") s").update();
		jdbc.sql("""
				INSERT INTO flagship (station_id, programme_year, status, created_by, updated_by)
				SELECT id, 2026, (ARRAY['NOMINATED','UNDER_ASSESSMENT'])[1 + i % 2], 'bench', 'bench'
				  FROM (""" + stations + ") s").update();
		jdbc.sql("""
				INSERT INTO flagship_step (flagship_id, position, status, step_date, decided_by)
				SELECT f.id, 0, 'NOMINATED', date '2026-07-01', 'bench'
				  FROM flagship f JOIN station s ON s.id = f.station_id WHERE s.name LIKE :prefix || '%'
				""").param("prefix", PREFIX).update();
		jdbc.sql("ANALYZE").update();
		System.out.printf(Locale.ROOT,
				"BENCHMARK programme grids: inserted %,d stations and %,d records of each" + " programme in %.1f s%n",
				RECORDS, RECORDS, (System.nanoTime() - started) / 1e9);
	}

	@AfterEach
	void removeRecords() {
		securityContext.clearContext();
		jdbc.sql("DELETE FROM station WHERE name LIKE :prefix || '%'").param("prefix", PREFIX).update();
	}

	@Test
	void grid_open_and_filter_times() {
		UserDetails planner = users.loadUserByUsername("planner");
		securityContext.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
		long district = jdbc.sql("SELECT min(id) FROM district").query(Long.class).single();
		ProgrammeFilter year = ProgrammeFilter.year(2026);
		assertThat(upgrades.count(year)).isGreaterThanOrEqualTo(RECORDS);
		assertThat(legal.count(year)).isGreaterThanOrEqualTo(RECORDS);
		assertThat(flagships.count(year)).isGreaterThanOrEqualTo(RECORDS);

		Map<String, ProgrammeFilter> filters = new LinkedHashMap<>();
		filters.put("open", year);
		filters.put("text", year.withText(PREFIX + "012"));
		filters.put("district", year.withDistrictId(district));
		double loadBefore = load();
		measure("smart upgrades", filters, f -> () -> {
			upgrades.list(f, page("station"));
			upgrades.count(f);
			return upgrades.totals(f);
		}, f -> upgrades.list(f, page("budget")), year.withStatus(UpgradeStatus.ACCEPTED));
		measure("legal add-ons", filters, f -> () -> {
			legal.list(f, page("station"));
			legal.count(f);
			return legal.totals(f);
		}, f -> legal.list(f, page("startDate")), year.withStatus(LegalStatus.ACTIVE));
		measure("flagships", filters, f -> () -> {
			flagships.list(f, page("station"));
			flagships.count(f);
			return flagships.totals(f);
		}, f -> flagships.list(f, page("status")), year.withStatus(FlagshipStatus.UNDER_ASSESSMENT));
		System.out.printf(Locale.ROOT, "BENCHMARK programme grids: load average %.1f -> %.1f on %d cores%n", loadBefore,
				load(), Runtime.getRuntime().availableProcessors());
	}

	private void measure(String programme, Map<String, ProgrammeFilter> filters,
			Function<ProgrammeFilter, Supplier<Object>> open, Function<ProgrammeFilter, Object> sorted,
			ProgrammeFilter byStatus) {
		Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
		filters.forEach((name, f) -> cases.put(name, open.apply(f)));
		cases.put("status", open.apply(byStatus));
		cases.put("sorted", () -> sorted.apply(filters.get("open")));
		StringBuilder line = new StringBuilder();
		cases.forEach((name, action) -> {
			List<Double> ms = new ArrayList<>();
			for (int run = 0; run <= RUNS; run++) {
				long t0 = System.nanoTime();
				action.get();
				if (run > 0) {
					ms.add((System.nanoTime() - t0) / 1e6);
				}
			}
			Collections.sort(ms);
			line.append(
					String.format(Locale.ROOT, " %s %.0f ms (max %.0f);", name, ms.get(ms.size() / 2), ms.getLast()));
		});
		System.out.printf(Locale.ROOT, "BENCHMARK programme grid %s, %,d records, page of 50 + count + totals:%s%n",
				programme, RECORDS, line);
	}

	private static PageRequest page(String sort) {
		return PageRequest.of(0, 50, Sort.by(sort));
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}
