package org.unionstations.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.audit.Revision;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.RowsRefusedException;

/**
 * Every programme rule, called on the services directly (as each role), against the real
 * database. Test records use the year {@value #YEAR}, which the demo data leaves empty.
 */
@PortalIT
@Transactional
class ProgrammeRulesIT {

	static final int YEAR = 2031;

	@Autowired
	SmartUpgradeService upgrades;

	@Autowired
	LegalAddOnService legal;

	@Autowired
	FlagshipService flagships;

	@Autowired
	JdbcClient jdbc;

	final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	long station(String type) {
		return jdbc
			.sql("""
					SELECT id FROM station s WHERE type = :type AND status = 'OPEN'
					  AND NOT EXISTS (SELECT 1 FROM legal_addon a WHERE a.station_id = s.id AND a.status IN ('PLANNED', 'ACTIVE'))
					ORDER BY id LIMIT 1
					""")
			.param("type", type)
			.query(Long.class)
			.single();
	}

	long operatorsStation() {
		return jdbc.sql("SELECT id FROM station WHERE name = '温泉路环卫工会驿站'").query(Long.class).single();
	}

	long othersStation() {
		return jdbc.sql("SELECT id FROM station WHERE name = '河北大道环卫工会驿站'").query(Long.class).single();
	}

	static SmartUpgradeDraft upgrade(long station, UpgradeStatus status, LocalDate completion, LocalDate acceptance) {
		return new SmartUpgradeDraft(station, YEAR, Set.of(UpgradeScope.SMART_ACCESS, UpgradeScope.VIDEO),
				new BigDecimal("120000.50"), "咸宁智联科技", null, null, completion == null ? null : completion.minusDays(30),
				completion, status, null, acceptance, null);
	}

	static InvalidInputException refused(Runnable r) {
		try {
			r.run();
		}
		catch (InvalidInputException e) {
			return e;
		}
		throw new AssertionError("not refused");
	}

	// --- smart upgrades

	@Test
	@WithUserDetails("planner")
	void a_new_upgrade_is_listed_with_its_station_and_logged_with_who_and_what() {
		long station = station("HEART_STATION");
		SmartUpgradeRow row = upgrades.create(SmartUpgradeDraft.planned(station, YEAR));

		assertThat(row.station().id()).isEqualTo(station);
		assertThat(row.updatedBy()).isEqualTo("planner");
		assertThat(upgrades.list(ProgrammeFilter.year(YEAR), Pageable.unpaged())).extracting(SmartUpgradeRow::id)
			.contains(row.id());
		Revision created = upgrades.history(row.id()).getFirst();
		assertThat(created.action()).isEqualTo(ChangeAction.CREATE);
		assertThat(created.changedBy()).isEqualTo("planner");

		SmartUpgradeDraft started = new SmartUpgradeDraft(station, YEAR, Set.of(UpgradeScope.VIDEO), null, "某公司", null,
				null, today.minusDays(3), null, UpgradeStatus.IN_PROGRESS, null, null, null);
		upgrades.update(row.id(), row.version(), started);
		assertThat(upgrades.history(row.id()).getFirst().changes())
			.extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
			.contains(tuple("status", "PLANNED", "IN_PROGRESS"), tuple("contractor", null, "某公司"));
	}

	@Test
	@WithUserDetails("planner")
	void completed_needs_an_actual_completion_date_and_accepted_an_acceptance_date_not_before_it() {
		long station = station("UNION_POST_STATION");
		InvalidInputException noCompletion = refused(
				() -> upgrades.create(upgrade(station, UpgradeStatus.COMPLETED, null, null)));
		assertThat(noCompletion.problems())
			.contains(FieldProblem.of("actualCompletion", "programme.upgrade.validation.completion-required"));

		InvalidInputException early = refused(() -> upgrades
			.create(upgrade(station, UpgradeStatus.ACCEPTED, today.minusDays(5), today.minusDays(6))));
		assertThat(early.problems()).containsExactly(
				FieldProblem.of("acceptanceDate", "programme.upgrade.validation.acceptance-before-completion"));

		InvalidInputException noAcceptance = refused(
				() -> upgrades.create(upgrade(station, UpgradeStatus.ACCEPTED, today.minusDays(5), null)));
		assertThat(noAcceptance.problems())
			.containsExactly(FieldProblem.of("acceptanceDate", "programme.upgrade.validation.acceptance-required"));

		assertThat(upgrades.count(ProgrammeFilter.year(YEAR))).isZero();
		SmartUpgradeRow accepted = upgrades
			.create(upgrade(station, UpgradeStatus.ACCEPTED, today.minusDays(5), today.minusDays(5)));
		assertThat(accepted.status()).isEqualTo(UpgradeStatus.ACCEPTED);
	}

	@Test
	@WithUserDetails("planner")
	void statuses_go_back_one_step_at_most_and_cancelling_needs_a_reason() {
		long station = station("UNION_POST_STATION");
		SmartUpgradeRow row = upgrades.create(upgrade(station, UpgradeStatus.COMPLETED, today.minusDays(2), null));

		InvalidInputException skipBack = refused(
				() -> upgrades.update(row.id(), row.version(), row.values().withStatus(UpgradeStatus.PLANNED)));
		assertThat(skipBack.problems()).containsExactly(FieldProblem.of("status", "programme.validation.status-step"));

		SmartUpgradeRow back = upgrades.update(row.id(), row.version(),
				row.values().withStatus(UpgradeStatus.IN_PROGRESS));
		assertThat(back.status()).isEqualTo(UpgradeStatus.IN_PROGRESS);

		InvalidInputException noReason = refused(
				() -> upgrades.update(back.id(), back.version(), back.values().withStatus(UpgradeStatus.CANCELLED)));
		assertThat(noReason.problems())
			.containsExactly(FieldProblem.of("cancelReason", "programme.validation.reason-required"));

		assertThat(UpgradeStatus.ACCEPTED.canMoveTo(UpgradeStatus.CANCELLED)).isFalse();
		assertThat(UpgradeStatus.CANCELLED.canMoveTo(UpgradeStatus.PLANNED)).isFalse();
		assertThat(UpgradeStatus.PLANNED.canMoveTo(UpgradeStatus.COMPLETED)).isTrue();
	}

	@Test
	@WithUserDetails("planner")
	void budgets_are_yuan_with_two_decimals_and_never_negative() {
		long station = station("UNION_POST_STATION");
		SmartUpgradeDraft base = SmartUpgradeDraft.planned(station, YEAR);
		for (String bad : List.of("-1", "10.005")) {
			SmartUpgradeDraft d = new SmartUpgradeDraft(station, YEAR, Set.of(), new BigDecimal(bad), null, null, null,
					null, null, UpgradeStatus.PLANNED, null, null, null);
			assertThat(refused(() -> upgrades.create(d)).problems()).extracting(FieldProblem::field)
				.containsExactly("budget");
		}
		assertThat(upgrades.create(base).values().budget()).isNull();
	}

	@Test
	@WithUserDetails("planner")
	void a_station_has_one_upgrade_a_year_unless_it_was_cancelled() {
		long station = station("MOTHER_BABY_ROOM");
		SmartUpgradeRow first = upgrades.create(SmartUpgradeDraft.planned(station, YEAR));
		assertThat(refused(() -> upgrades.create(SmartUpgradeDraft.planned(station, YEAR))).problems())
			.containsExactly(FieldProblem.of("stationId", "programme.upgrade.validation.duplicate"));

		SmartUpgradeDraft cancelled = new SmartUpgradeDraft(station, YEAR, Set.of(), null, null, null, null, null, null,
				UpgradeStatus.CANCELLED, "预算取消", null, null);
		upgrades.update(first.id(), first.version(), cancelled);
		assertThat(upgrades.create(SmartUpgradeDraft.planned(station, YEAR)).status()).isEqualTo(UpgradeStatus.PLANNED);
	}

	@Test
	@WithUserDetails("planner")
	void a_stale_save_is_refused_naming_who_saved_first_and_overwrites_nothing() {
		SmartUpgradeRow row = upgrades.create(SmartUpgradeDraft.planned(station("UNION_POST_STATION"), YEAR));
		SmartUpgradeDraft first = new SmartUpgradeDraft(row.values().stationId(), YEAR, Set.of(), null, "甲公司", null,
				null, null, null, UpgradeStatus.PLANNED, null, null, null);
		upgrades.update(row.id(), row.version(), first);
		SmartUpgradeDraft second = new SmartUpgradeDraft(row.values().stationId(), YEAR, Set.of(), null, "乙公司", null,
				null, null, null, UpgradeStatus.PLANNED, null, null, null);

		assertThatThrownBy(() -> upgrades.update(row.id(), row.version(), second))
			.isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.savedBy()).contains("planner"));
		assertThat(upgrades.get(row.id()).values().contractor()).isEqualTo("甲公司");
	}

	@Test
	@WithUserDetails("planner")
	void a_bulk_change_with_one_refused_row_writes_nothing_and_names_it() {
		SmartUpgradeRow ok = upgrades
			.create(upgrade(station("UNION_POST_STATION"), UpgradeStatus.IN_PROGRESS, null, null));
		SmartUpgradeRow alsoOk = upgrades.create(upgrade(station("HEART_STATION"), UpgradeStatus.PLANNED, null, null));
		SmartUpgradeRow bad = upgrades
			.create(upgrade(station("MOTHER_BABY_ROOM"), UpgradeStatus.ACCEPTED, today.minusDays(9), today));

		BulkStatusChange<UpgradeStatus> complete = new BulkStatusChange<>(
				Map.of(ok.id(), ok.version(), alsoOk.id(), alsoOk.version(), bad.id(), bad.version()),
				UpgradeStatus.COMPLETED, today, null);
		assertThatThrownBy(() -> upgrades.changeStatus(complete)).isInstanceOfSatisfying(RowsRefusedException.class,
				e -> assertThat(e.rows()).extracting(RowsRefusedException.RefusedRow::id).containsExactly(bad.id()));
		assertThat(upgrades.get(ok.id()).status()).isEqualTo(UpgradeStatus.IN_PROGRESS);
		assertThat(upgrades.get(alsoOk.id()).status()).isEqualTo(UpgradeStatus.PLANNED);

		int changed = upgrades.changeStatus(new BulkStatusChange<>(
				Map.of(ok.id(), ok.version(), alsoOk.id(), alsoOk.version()), UpgradeStatus.COMPLETED, today, null));
		assertThat(changed).isEqualTo(2);
		assertThat(upgrades.get(alsoOk.id()).values().actualCompletion()).isEqualTo(today);
	}

	@Test
	@WithUserDetails("leader")
	void leaders_read_but_cannot_write() {
		assertThat(upgrades.count(ProgrammeFilter.year(2026))).isNotNegative();
		assertThatThrownBy(() -> upgrades.create(SmartUpgradeDraft.planned(station("UNION_POST_STATION"), YEAR)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> flagships.nominate(station("UNION_POST_STATION"), YEAR, today, null))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("operator")
	void operators_read_only_their_own_stations_records_and_write_none() {
		long own = operatorsStation();
		long others = othersStation();
		long ownRecord = insertUpgrade(own);
		long othersRecord = insertUpgrade(others);

		assertThat(upgrades.list(ProgrammeFilter.year(YEAR), Pageable.unpaged())).extracting(r -> r.station().id())
			.containsOnly(own);
		assertThat(upgrades.get(ownRecord).station().id()).isEqualTo(own);
		assertThatThrownBy(() -> upgrades.get(othersRecord)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> upgrades.history(othersRecord)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> upgrades.create(SmartUpgradeDraft.planned(own, YEAR)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long insertUpgrade(long station) {
		return jdbc.sql("""
				INSERT INTO smart_upgrade (station_id, programme_year, status, created_by, updated_by)
				VALUES (:station, :year, 'PLANNED', 'test', 'test') RETURNING id
				""").param("station", station).param("year", YEAR).query(Long.class).single();
	}

	// --- legal-service add-ons

	static LegalAddOnDraft addOn(long station, LegalStatus status, LocalDate start, LocalDate end) {
		return new LegalAddOnDraft(station, YEAR, LegalPartnerKind.LAW_FIRM, "湖北温泉律师事务所", "王律师", "0715-8123456",
				Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(14, 0), LocalTime.of(17, 0), start, end,
				status);
	}

	@Test
	@WithUserDetails("planner")
	void legal_service_is_for_union_post_stations_only() {
		long heart = station("HEART_STATION");
		assertThat(refused(() -> legal.create(addOn(heart, LegalStatus.PLANNED, today, null))).problems())
			.containsExactly(FieldProblem.of("stationId", "programme.legal.validation.union-post-only"));
	}

	@Test
	@WithUserDetails("planner")
	void a_station_has_at_most_one_planned_or_active_add_on_at_a_time() {
		long station = station("UNION_POST_STATION");
		LegalAddOnRow active = legal.create(addOn(station, LegalStatus.ACTIVE, today.minusDays(10), null));
		assertThat(refused(() -> legal.create(addOn(station, LegalStatus.PLANNED, today, null))).problems())
			.containsExactly(FieldProblem.of("stationId", "programme.legal.validation.one-open"));

		legal.update(active.id(), active.version(), active.values().withStatus(LegalStatus.ENDED, today));
		assertThat(legal.create(addOn(station, LegalStatus.PLANNED, today, null)).status())
			.isEqualTo(LegalStatus.PLANNED);
	}

	@Test
	@WithUserDetails("planner")
	void an_add_on_ends_not_before_it_starts_and_an_ended_one_needs_its_end() {
		long station = station("UNION_POST_STATION");
		assertThat(
				refused(() -> legal.create(addOn(station, LegalStatus.PLANNED, today, today.minusDays(1)))).problems())
			.containsExactly(FieldProblem.of("endDate", "programme.validation.date-order"));
		assertThat(refused(() -> legal.create(addOn(station, LegalStatus.ENDED, today.minusDays(30), null))).problems())
			.containsExactly(FieldProblem.of("endDate", "programme.legal.validation.end-required"));
	}

	@Test
	@WithUserDetails("planner")
	void consultations_are_the_stations_legal_service_report_figures() {
		long station = station("UNION_POST_STATION");
		java.time.YearMonth month = java.time.YearMonth.now(ZoneId.of("Asia/Shanghai"));
		jdbc.sql("DELETE FROM service_report WHERE station_id = :s AND month >= :from")
			.param("s", station)
			.param("from", month.withMonth(1).atDay(1))
			.update();
		report(station, month, 7, 40);
		if (month.getMonthValue() > 1) {
			report(station, month.minusMonths(1), 5, 99);
		}
		int expectedYearToDate = 7 + (month.getMonthValue() > 1 ? 5 : 0);

		LegalAddOnRow row = legal.create(addOn(station, LegalStatus.ACTIVE, today.minusDays(1), null));

		assertThat(row.consultationsThisMonth()).isEqualTo(7);
		assertThat(row.consultationsYearToDate()).isEqualTo(expectedYearToDate);
	}

	/**
	 * A report with {@code legal} people in LEGAL_SERVICE and {@code other} in CULTURAL.
	 */
	void report(long station, java.time.YearMonth month, int legal, int other) {
		long id = jdbc.sql("""
				INSERT INTO service_report (station_id, month, created_by, updated_by)
				VALUES (:s, :m, 'test', 'test') RETURNING id
				""").param("s", station).param("m", month.atDay(1)).query(Long.class).single();
		jdbc.sql("""
				INSERT INTO service_report_line (report_id, category, people_served, activities)
				VALUES (:id, 'LEGAL_SERVICE', :legal, 1), (:id, 'CULTURAL', :other, 2)
				""").param("id", id).param("legal", legal).param("other", other).update();
	}

	// --- flagships

	@Test
	@WithUserDetails("planner")
	void reject_and_revoke_need_a_reason_and_a_rejected_station_may_be_nominated_again() {
		long station = station("UNION_POST_STATION");
		FlagshipRow nominated = flagships.nominate(station, YEAR, today, "群众口碑好");
		assertThat(refused(() -> flagships.nominate(station, YEAR, today, null)).problems())
			.containsExactly(FieldProblem.of("stationId", "programme.flagship.validation.one-per-year"));

		assertThat(refused(() -> flagships.decide(nominated.id(), nominated.version(),
				new FlagshipDecision(FlagshipStatus.REJECTED, today, " "), null))
			.problems()).containsExactly(FieldProblem.of("reason", "programme.validation.reason-required"));
		assertThat(refused(() -> flagships.decide(nominated.id(), nominated.version(),
				new FlagshipDecision(FlagshipStatus.AWARDED, today, null), null))
			.problems()).contains(FieldProblem.of("status", "programme.validation.status-step"));

		FlagshipRow rejected = flagships.decide(nominated.id(), nominated.version(),
				new FlagshipDecision(FlagshipStatus.REJECTED, today, "服务时长不足"), null);
		assertThat(rejected.steps()).extracting(FlagshipStep::status, FlagshipStep::reason, FlagshipStep::decidedBy)
			.containsExactly(tuple(FlagshipStatus.NOMINATED, null, "planner"),
					tuple(FlagshipStatus.REJECTED, "服务时长不足", "planner"));
		assertThat(flagships.nominate(station, YEAR, today, null).status()).isEqualTo(FlagshipStatus.NOMINATED);
	}

	@Test
	@WithUserDetails("planner")
	void an_award_needs_an_open_station_whose_readiness_reaches_the_threshold_and_keeps_the_score() {
		long station = jdbc.sql("""
				INSERT INTO station (type, name, address, location, status, opening_hours, services)
				VALUES ('UNION_POST_STATION', '准旗舰驿站', '温泉路8号', ST_SetSRID(ST_MakePoint(114.32, 29.84), 4326), 'OPEN',
				        'Mo 08:00-18:00;Tu 08:00-18:00',
				        '{HOT_WATER,PHONE_CHARGING,MICROWAVE,FIRST_AID_KIT,WIFI,REST_SEATS}')
				RETURNING id
				""").query(Long.class).single();
		java.time.YearMonth now = java.time.YearMonth.now(ZoneId.of("Asia/Shanghai"));
		int[] people = { 300, 330, 240, 1000 }; // this month, then older; only the last
												// three count
		int activitiesThisYear = 0;
		for (int i = 0; i < people.length; i++) {
			java.time.YearMonth m = now.minusMonths(i);
			report(station, m, people[i] - 100, 100); // 1 + 2 activities a month
			if (m.getYear() == now.getYear()) {
				activitiesThisYear += 3;
			}
		}
		legal.create(addOn(station, LegalStatus.ACTIVE, today.minusDays(40), null));

		// by hand, with the seeded policy: weights 20/15/25/15/10/15, targets
		// 6/60/300/1/1/24, threshold 80
		double points = 20 * 1.0 + 15 * (20 / 60.0) + 25 * ((300 + 330 + 240) / 3.0 / 300) + 15 * 1.0 + 10 * 0
				+ 15 * Math.min(1, activitiesThisYear / 24.0);
		BigDecimal expected = BigDecimal.valueOf(points).setScale(1, java.math.RoundingMode.HALF_UP);

		FlagshipRow nominated = flagships.nominate(station, YEAR, today, null);
		FlagshipRow assessing = flagships.decide(nominated.id(), nominated.version(),
				new FlagshipDecision(FlagshipStatus.UNDER_ASSESSMENT, today, null), null);
		assertThat(assessing.readiness().score()).isEqualByComparingTo(expected);
		assertThat(assessing.readiness().criteria()).filteredOn(c -> !c.met())
			.extracting(Readiness.Criterion::criterion)
			.contains(FlagshipCriterion.HOURS_PER_WEEK, FlagshipCriterion.SMART_UPGRADE_ACCEPTED);
		assertThat(refused(() -> flagships.decide(assessing.id(), assessing.version(),
				new FlagshipDecision(FlagshipStatus.AWARDED, today, null), null))
			.problems()).extracting(FieldProblem::messageKey)
			.containsExactly("programme.flagship.validation.not-ready");

		upgrades.create(upgrade(station, UpgradeStatus.ACCEPTED, today.minusDays(20), today.minusDays(10)));
		BigDecimal withUpgrade = BigDecimal.valueOf(points + 10).setScale(1, java.math.RoundingMode.HALF_UP);
		FlagshipRow awarded = flagships.decide(assessing.id(), assessing.version(),
				new FlagshipDecision(FlagshipStatus.AWARDED, today, null), null);
		assertThat(awarded.status()).isEqualTo(FlagshipStatus.AWARDED);
		assertThat(awarded.lastStep().score()).isEqualByComparingTo(withUpgrade);

		assertThat(refused(() -> flagships.decide(awarded.id(), awarded.version(),
				new FlagshipDecision(FlagshipStatus.REVOKED, today, null), null))
			.problems()).containsExactly(FieldProblem.of("reason", "programme.validation.reason-required"));
	}

	@Test
	@WithUserDetails("planner")
	void a_station_that_is_not_open_cannot_be_awarded() {
		long station = jdbc.sql("""
				INSERT INTO station (type, name, address, location, status)
				VALUES ('UNION_POST_STATION', '在建驿站', '温泉路9号', ST_SetSRID(ST_MakePoint(114.32, 29.84), 4326),
				        'UNDER_CONSTRUCTION') RETURNING id
				""").query(Long.class).single();
		FlagshipRow nominated = flagships.nominate(station, YEAR, today, null);
		FlagshipRow assessing = flagships.decide(nominated.id(), nominated.version(),
				new FlagshipDecision(FlagshipStatus.UNDER_ASSESSMENT, today, null), null);
		assertThat(refused(() -> flagships.decide(assessing.id(), assessing.version(),
				new FlagshipDecision(FlagshipStatus.AWARDED, today, null), null))
			.problems()).extracting(FieldProblem::messageKey)
			.contains("programme.flagship.validation.station-not-open");
	}

}
