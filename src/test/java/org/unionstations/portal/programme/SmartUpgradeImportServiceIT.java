package org.unionstations.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.TableRejectedException;

/**
 * Smart upgrades from a file: every problem of every row in the preview, all rows or
 * none. Test rows use the year 2032, which no demo record has.
 */
@PortalIT
@Transactional
class SmartUpgradeImportServiceIT {

	@Autowired
	SmartUpgradeImportService imports;

	@Autowired
	SmartUpgradeService upgrades;

	@Autowired
	JdbcClient jdbc;

	static byte[] csv(String... lines) {
		return ("\uFEFF" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM smart_upgrade WHERE programme_year = 2032").query(Long.class).single();
	}

	@Test
	@WithUserDetails("planner")
	void every_bad_row_is_reported_at_its_column_and_nothing_is_written() {
		UpgradeImportPreview preview = imports.preview("upgrades.csv",
				csv("站点,年度,状态,改造内容,实际完工", "温泉路环卫工会驿站,2032,计划中,智能门禁、视频监控,", "不存在的驿站,2032,计划中,,",
						"永安大道快递小哥工会驿站,2032,已完工,,", "银泉大道环卫工会驿站,2032,计划中,飞行汽车,"),
				CoordinateSystem.WGS84);

		assertThat(preview.rowsWithProblems()).isEqualTo(3);
		assertThat(preview.rows().get(1).problems())
			.containsExactly(FieldProblem.of("station", "programme.import.unknown-station", "不存在的驿站"));
		assertThat(preview.rows().get(2).problems())
			.containsExactly(FieldProblem.of("actualCompletion", "programme.upgrade.validation.completion-required"));
		assertThat(preview.rows().get(3).problems())
			.containsExactly(FieldProblem.of("scope", "programme.import.unknown-value", "飞行汽车"));
		assertThatThrownBy(() -> imports.commit(preview)).isInstanceOf(TableRejectedException.class);
		assertThat(count()).isZero();
	}

	@Test
	@WithUserDetails("planner")
	void a_clean_file_imports_every_row_as_people_write_it_and_logs_each() {
		UpgradeImportPreview preview = imports.preview("upgrades.csv",
				csv("站点名称,所属区县,年度,状态,改造内容,预算（元）,实际开工,实际完工,验收日期", "温泉路环卫工会驿站,咸安区,2032年,计划中,智能门禁、视频监控,\"120,000.50\",,,",
						"永安大道快递小哥工会驿站,,2032,Accepted,Video; Online booking,80000,2026/3/1,2026年5月20日,2026.6.10"),
				CoordinateSystem.WGS84);
		assertThat(preview.allProblems()).isEmpty();

		assertThat(imports.commit(preview)).isEqualTo(2);

		assertThat(count()).isEqualTo(2);
		Map<String, Object> accepted = jdbc.sql("""
				SELECT u.status, u.budget, u.actual_completion, u.acceptance_date, cardinality(u.scope) AS items
				FROM smart_upgrade u JOIN station s ON s.id = u.station_id
				WHERE u.programme_year = 2032 AND s.name = '永安大道快递小哥工会驿站'""").query().singleRow();
		assertThat(accepted).containsEntry("status", "ACCEPTED").containsEntry("items", 2);
		assertThat(accepted.get("acceptance_date").toString()).isEqualTo("2026-06-10");
		BigDecimalAssertions.budget(jdbc, "温泉路环卫工会驿站", "120000.50");
		long id = jdbc.sql("SELECT id FROM smart_upgrade WHERE programme_year = 2032 ORDER BY id LIMIT 1")
			.query(Long.class)
			.single();
		assertThat(upgrades.history(id).getFirst().action().name()).isEqualTo("IMPORT");
	}

	@Test
	@WithUserDetails("planner")
	void a_file_repeating_a_station_and_year_is_refused_at_the_later_row() {
		UpgradeImportPreview preview = imports.preview("upgrades.csv",
				csv("站点,年度,状态", "温泉路环卫工会驿站,2032,计划中", "温泉路环卫工会驿站,2032,实施中"), CoordinateSystem.WGS84);
		assertThat(preview.rows().get(1).problems())
			.containsExactly(FieldProblem.of("station", "programme.import.duplicate-row", "2"));
	}

	@Test
	@WithUserDetails("leader")
	void leaders_cannot_import() {
		assertThatThrownBy(() -> imports.preview("u.csv", csv("站点,年度,状态"), CoordinateSystem.WGS84))
			.isInstanceOf(AccessDeniedException.class);
	}

	/** Budgets compare as numbers (120000.5 equals 120000.50). */
	static final class BigDecimalAssertions {

		static void budget(JdbcClient jdbc, String station, String expected) {
			List<java.math.BigDecimal> budgets = jdbc.sql("""
					SELECT u.budget FROM smart_upgrade u JOIN station s ON s.id = u.station_id
					WHERE u.programme_year = 2032 AND s.name = :name""")
				.param("name", station)
				.query(java.math.BigDecimal.class)
				.list();
			assertThat(budgets).singleElement()
				.satisfies(b -> assertThat(b).isEqualByComparingTo(new java.math.BigDecimal(expected)));
		}

	}

}
