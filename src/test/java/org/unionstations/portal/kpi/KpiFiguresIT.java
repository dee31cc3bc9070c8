package org.unionstations.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.unionstations.portal.PortalIT;

/**
 * Every source of a KPI figure against the demo data, as of several days, each expected
 * value computed here another way: station statuses replayed from the change log in Java,
 * entries added up in Java, and the counts the demo data was written to give.
 */
@PortalIT
@WithUserDetails("leader")
class KpiFiguresIT {

	private static final ZoneId CST = ZoneId.of("Asia/Shanghai");

	@Autowired
	KpiService kpis;

	@Autowired
	KpiProgressService progress;

	@Autowired
	JdbcClient jdbc;

	@Test
	void stations_open_on_a_day_follow_the_change_log() {
		for (LocalDate day : List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 11, 30))) {
			assertThat(card(2026, "MBR_OPEN", day).actual()).as("mother-baby rooms open on %s", day)
				.isEqualByComparingTo(BigDecimal.valueOf(openOn("MOTHER_BABY_ROOM", day)));
			assertThat(card(2026, "HEART_OPEN", day).actual()).as("heart stations open on %s", day)
				.isEqualByComparingTo(BigDecimal.valueOf(openOn("HEART_STATION", day)));
		}
		// What the demo data was written to give: 2 planned rooms opened in September and
		// October; 4 rooms opened
		// in March to June; one closed on 31 August, one suspended on 15 October.
		assertThat(card(2026, "MBR_OPEN", LocalDate.of(2026, 3, 1)).actual()).isEqualByComparingTo("20");
		assertThat(card(2026, "MBR_OPEN", LocalDate.of(2026, 6, 30)).actual()).isEqualByComparingTo("24");
		KpiCard rooms = card(2026, "MBR_OPEN", LocalDate.of(2026, 11, 30));
		assertThat(rooms.actual()).isEqualByComparingTo("24");
		assertThat(rooms.pace().status()).isEqualTo(PaceStatus.BEHIND);
		assertThat(rooms.pace().shortfall()).isEqualByComparingTo("1");
		assertThat(card(2026, "HEART_OPEN", LocalDate.of(2026, 11, 1)).actual()).isEqualByComparingTo("9");
		assertThat(card(2026, "HEART_OPEN", LocalDate.of(2026, 11, 30)).pace().status()).isEqualTo(PaceStatus.REACHED);
	}

	@Test
	void stations_opened_in_the_year_count_by_their_opening_day() {
		assertThat(card(2026, "MBR_NEW", LocalDate.of(2026, 6, 30)).actual()).isEqualByComparingTo("4");
		assertThat(card(2026, "MBR_NEW", LocalDate.of(2026, 11, 30)).actual()).isEqualByComparingTo("6");
		assertThat(card(2026, "MBR_NEW", LocalDate.of(2026, 11, 30)).pace().status()).isEqualTo(PaceStatus.REACHED);
		KpiCard heart = card(2026, "HEART_NEW", LocalDate.of(2026, 11, 30));
		assertThat(heart.actual()).isEqualByComparingTo("3");
		// 6 × 334 / 365 = 5.49 → 5 expected; 3 is behind.
		assertThat(heart.pace().expected()).isEqualByComparingTo("5");
		assertThat(heart.pace().status()).isEqualTo(PaceStatus.BEHIND);
	}

	@Test
	void people_served_count_the_months_ended() {
		// As of 30 November the last ended month is October; as of 1 December it is
		// November.
		KpiCard october = card(2026, "PEOPLE_SERVED", LocalDate.of(2026, 11, 30));
		assertThat(october.measuredThrough()).isEqualTo(LocalDate.of(2026, 10, 31));
		assertThat(october.actual()).isEqualByComparingTo(peopleServed(LocalDate.of(2026, 10, 1)));
		KpiCard november = card(2026, "PEOPLE_SERVED", LocalDate.of(2026, 12, 1));
		assertThat(november.actual()).isEqualByComparingTo(peopleServed(LocalDate.of(2026, 11, 1)));
		// Expected through 30 November: 100000 × 334 / 365 = 91,507.
		assertThat(november.pace().expected()).isEqualByComparingTo("91507");
	}

	@Test
	void reported_entries_add_up_keep_levels_or_take_the_latest_rate() {
		LocalDate day = LocalDate.of(2026, 6, 30);
		KpiDefinition warmth = definition(2026, "WARMTH");
		BigDecimal sum = progress.list(warmth.id())
			.stream()
			.filter(p -> !p.date().isAfter(day))
			.map(ProgressRow::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(card(2026, "WARMTH", day).actual()).isEqualByComparingTo(sum);
		assertThat(card(2026, "WARMTH", LocalDate.of(2026, 11, 30)).actual()).isEqualByComparingTo("6240");

		KpiDefinition files = definition(2026, "HARDSHIP_FILES");
		Map<Long, ProgressRow> latest = new HashMap<>();
		progress.list(files.id())
			.stream()
			.filter(p -> !p.date().isAfter(LocalDate.of(2026, 7, 1)))
			.sorted(Comparator.comparing(ProgressRow::date))
			.forEach(p -> latest.put(p.districtId(), p));
		BigDecimal level = latest.values().stream().map(ProgressRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(level).isEqualByComparingTo("377");
		assertThat(card(2026, "HARDSHIP_FILES", LocalDate.of(2026, 7, 1)).actual()).isEqualByComparingTo(level);
		KpiCard filesNow = card(2026, "HARDSHIP_FILES", LocalDate.of(2026, 11, 30));
		assertThat(filesNow.actual()).isEqualByComparingTo("386");
		assertThat(filesNow.pace().status()).isEqualTo(PaceStatus.BEHIND);
		assertThat(filesNow.pace().shortfall()).isEqualByComparingTo("14");

		assertThat(card(2026, "BARGAINING", LocalDate.of(2026, 8, 1)).actual()).isEqualByComparingTo("80.90");
		KpiCard rate = card(2026, "BARGAINING", LocalDate.of(2026, 11, 30));
		assertThat(rate.actual()).isEqualByComparingTo("82.40");
		assertThat(rate.pace().status()).isEqualTo(PaceStatus.REACHED);
		assertThat(card(2025, "BARGAINING", LocalDate.of(2025, 12, 31)).actual()).isEqualByComparingTo("96.23");
		assertThat(card(2025, "MUTUAL_AID", LocalDate.of(2025, 12, 31)).actual()).isEqualByComparingTo("100125");
	}

	@Test
	void programme_figures_count_accepted_active_and_awarded_records() {
		LocalDate day = LocalDate.of(2026, 11, 30);
		long accepted = jdbc
			.sql("SELECT acceptance_date FROM smart_upgrade WHERE programme_year = 2026 AND status = 'ACCEPTED'")
			.query(java.sql.Date.class)
			.list()
			.stream()
			.filter(d -> !d.toLocalDate().isAfter(day))
			.count();
		assertThat(card(2026, "SMART_UPGRADES", day).actual()).isEqualByComparingTo(BigDecimal.valueOf(accepted));
		assertThat(accepted).isEqualTo(7);
		assertThat(card(2026, "FLAGSHIPS", day).actual()).isEqualByComparingTo("4");
		long legal = jdbc.sql("""
				SELECT a.station_id, a.status, a.start_date, a.end_date FROM legal_addon a
				JOIN station s ON s.id = a.station_id WHERE s.type = 'UNION_POST_STATION'
				""").query((rs, n) -> {
			LocalDate start = rs.getDate("start_date").toLocalDate();
			LocalDate end = rs.getDate("end_date") == null ? null : rs.getDate("end_date").toLocalDate();
			String status = rs.getString("status");
			boolean active = (status.equals("ACTIVE") || status.equals("ENDED")) && !start.isAfter(day)
					&& (end == null || !end.isBefore(day));
			return active ? rs.getLong("station_id") : null;
		}).list().stream().filter(java.util.Objects::nonNull).distinct().count();
		assertThat(card(2026, "LEGAL_POSTS", day).actual()).isEqualByComparingTo(BigDecimal.valueOf(legal));
	}

	@Test
	void districts_add_up_to_the_figure_and_records_add_up_to_each_district() {
		LocalDate day = LocalDate.of(2026, 11, 30);
		for (KpiDefinition kpi : kpis.catalogue(2026)) {
			KpiDetail detail = kpis.detail(kpi.id(), day);
			if (kpi.aggregation() != KpiAggregation.LATEST) {
				BigDecimal sum = detail.districts()
					.stream()
					.map(DistrictFigure::actual)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				assertThat(sum).as(kpi.code()).isEqualByComparingTo(detail.card().actual());
				for (DistrictFigure district : detail.districts()) {
					BigDecimal records = kpis.records(kpi.id(), day, district.districtId())
						.stream()
						.filter(r -> kpi.aggregation() == KpiAggregation.SUM)
						.map(KpiRecord::amount)
						.reduce(BigDecimal.ZERO, BigDecimal::add);
					if (kpi.aggregation() == KpiAggregation.SUM) {
						assertThat(records).as("%s in %s", kpi.code(), district.nameEn())
							.isEqualByComparingTo(district.actual());
					}
				}
			}
			assertThat(detail.trend()).hasSize(12);
		}
	}

	@Test
	void the_board_shows_every_kpi_of_the_year_in_order_and_a_mix_of_statuses() {
		KpiBoard board = kpis.board(2026, LocalDate.of(2026, 12, 1));
		assertThat(board.cards()).hasSize(20);
		assertThat(board.cards().getFirst().kpi().code()).isEqualTo("PEOPLE_SERVED");
		assertThat(board.cards()).extracting(c -> c.pace().status())
			.contains(PaceStatus.REACHED, PaceStatus.AHEAD, PaceStatus.ON_TRACK, PaceStatus.BEHIND);
		assertThat(kpis.years()).containsExactly(2026, 2025);
	}

	private KpiCard card(int year, String code, LocalDate day) {
		return kpis.detail(definition(year, code).id(), day).card();
	}

	private KpiDefinition definition(int year, String code) {
		return kpis.catalogue(year).stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
	}

	private BigDecimal peopleServed(LocalDate lastMonth) {
		return jdbc.sql("""
				SELECT coalesce(sum(l.people_served), 0) FROM service_report_line l
				JOIN service_report r ON r.id = l.report_id
				WHERE r.month BETWEEN DATE '2026-01-01' AND :last
				""").param("last", lastMonth).query(BigDecimal.class).single();
	}

	/**
	 * Stations of a type open on a day, by replaying each station's status changes in
	 * Java.
	 */
	private long openOn(String type, LocalDate day) {
		record Station(long id, String status, LocalDate openedOn) {
		}
		record Change(long station, LocalDate day, long order, String oldValue, String newValue) {
		}
		List<Station> stations = jdbc.sql("SELECT id, status, opened_on FROM station WHERE type = :t")
			.param("t", type)
			.query((rs, n) -> new Station(rs.getLong(1), rs.getString(2),
					rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
			.list();
		List<Change> changes = jdbc.sql("""
				SELECT r.entity_id, r.changed_at, r.id, f.old_value, f.new_value FROM change_revision r
				JOIN change_revision_field f ON f.revision_id = r.id
				WHERE r.entity_type = 'STATION' AND f.field = 'status'
				""")
			.query((rs, n) -> new Change(rs.getLong(1),
					rs.getObject(2, java.time.OffsetDateTime.class).atZoneSameInstant(CST).toLocalDate(), rs.getLong(3),
					rs.getString(4), rs.getString(5)))
			.list();
		long open = 0;
		for (Station s : stations) {
			if (s.openedOn() != null && s.openedOn().isAfter(day)) {
				continue;
			}
			List<Change> mine = changes.stream()
				.filter(c -> c.station() == s.id())
				.sorted(Comparator.comparing(Change::day).thenComparing(Change::order))
				.toList();
			Optional<Change> before = mine.stream().filter(c -> !c.day().isAfter(day)).reduce((a, b) -> b);
			Optional<Change> after = mine.stream().filter(c -> c.day().isAfter(day)).findFirst();
			String then = before.map(Change::newValue).orElse(after.map(Change::oldValue).orElse(s.status()));
			if ("OPEN".equals(then)) {
				open++;
			}
		}
		return open;
	}

}
