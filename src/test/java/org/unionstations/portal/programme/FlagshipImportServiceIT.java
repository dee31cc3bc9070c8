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
 * Flagship records from a file: every problem of every row at its column, all rows or
 * none, each record stored with the steps leading to its status. Test rows use the year
 * 2025, which no demo record has; 浮山街道工会驿站 reaches the award threshold in the demo data,
 * 马桥镇工会驿站 does not, 贺胜桥镇工会驿站 is under assessment in 2026.
 */
@PortalIT
@Transactional
class FlagshipImportServiceIT {

	@Autowired
	FlagshipImportService imports;

	@Autowired
	FlagshipService flagships;

	@Autowired
	ReadinessService readiness;

	@Autowired
	JdbcClient jdbc;

	static byte[] csv(String... lines) {
		return ("\uFEFF" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM flagship WHERE programme_year = 2025").query(Long.class).single();
	}

	long stationId(String name) {
		return jdbc.sql("SELECT id FROM station WHERE name = :n").param("n", name).query(Long.class).single();
	}

	@Test
	@WithUserDetails("planner")
	void every_bad_row_is_reported_at_its_column_and_nothing_is_written() {
		assertThat(readiness.of(stationId("浮山街道工会驿站")).ready()).isTrue();
		assertThat(readiness.of(stationId("马桥镇工会驿站")).ready()).isFalse();
		FlagshipImportPreview preview = imports.preview("flagships.csv",
				csv("站点,年度,状态,日期,原因", "浮山街道工会驿站,2025,已授牌,2025-12-20,", "马桥镇工会驿站,2025,已授牌,2025-12-20,",
						"温泉路环卫工会驿站,2025,未通过,2025-06-01,", "永安大道快递小哥工会驿站,2025,评估中,2099-01-01,",
						"银泉大道环卫工会驿站,2025,已推荐,明天,", "咸宁市总工会心灵驿站,2025,飞走了,2025-01-01,", "贺胜桥镇工会驿站,2026,已推荐,2026-01-10,",
						"神山镇工会驿站,2025,已授牌,2025-11-01,"),
				CoordinateSystem.WGS84);

		assertThat(preview.rowsWithProblems()).isEqualTo(7);
		assertThat(preview.rows().get(0).problems()).isEmpty();
		assertThat(preview.rows().get(1).problems()).singleElement()
			.satisfies(p -> assertThat(p.field() + " " + p.messageKey())
				.isEqualTo("status programme.flagship.validation.not-ready"));
		assertThat(preview.rows().get(2).problems())
			.containsExactly(FieldProblem.of("reason", "programme.validation.reason-required"));
		assertThat(preview.rows().get(3).problems())
			.containsExactly(FieldProblem.of("stepDate", "programme.validation.future-date"));
		assertThat(preview.rows().get(4).problems())
			.containsExactly(FieldProblem.of("stepDate", "programme.import.not-a-date", "明天"));
		assertThat(preview.rows().get(5).problems())
			.containsExactly(FieldProblem.of("status", "programme.import.unknown-value", "飞走了"));
		assertThat(preview.rows().get(6).problems())
			.containsExactly(FieldProblem.of("station", "programme.flagship.validation.one-per-year"));
		assertThat(preview.rows().get(7).problems())
			.contains(FieldProblem.of("status", "programme.flagship.validation.station-not-open"));
		assertThatThrownBy(() -> imports.commit(preview)).isInstanceOf(TableRejectedException.class);
		assertThat(count()).isZero();
	}

	@Test
	@WithUserDetails("planner")
	void a_clean_file_imports_every_record_with_the_steps_to_its_status() {
		FlagshipImportPreview preview = imports.preview("flagships.csv",
				csv("站点名称,所属区县,年度,状态,日期,原因,备注", "浮山街道工会驿站,咸安区,2025年,已授牌,2025/11/20,,年度考核优秀",
						"马桥镇工会驿站,,2025,Rejected,2025年6月1日,服务时间不足,", "温泉路环卫工会驿站,,2025,已推荐,2025.3.1,,",
						"白霓镇工会驿站,,2025,已撤销,2025-09-01,年度复查不达标,"),
				CoordinateSystem.WGS84);
		assertThat(preview.allProblems()).isEmpty();

		assertThat(imports.commit(preview)).isEqualTo(4);

		assertThat(steps("浮山街道工会驿站")).containsExactly("NOMINATED 2025-11-20 planner - -",
				"UNDER_ASSESSMENT 2025-11-20 planner - -",
				"AWARDED 2025-11-20 planner - " + readiness.of(stationId("浮山街道工会驿站")).score());
		assertThat(steps("马桥镇工会驿站")).containsExactly("NOMINATED 2025-06-01 planner - -",
				"UNDER_ASSESSMENT 2025-06-01 planner - -", "REJECTED 2025-06-01 planner 服务时间不足 -");
		assertThat(steps("温泉路环卫工会驿站")).containsExactly("NOMINATED 2025-03-01 planner - -");
		assertThat(steps("白霓镇工会驿站")).containsExactly("NOMINATED 2025-09-01 planner - -",
				"UNDER_ASSESSMENT 2025-09-01 planner - -",
				"AWARDED 2025-09-01 planner - " + readiness.of(stationId("白霓镇工会驿站")).score(),
				"REVOKED 2025-09-01 planner 年度复查不达标 -");
		Map<String, Object> awarded = jdbc.sql("""
				SELECT f.status, f.note FROM flagship f JOIN station s ON s.id = f.station_id
				WHERE f.programme_year = 2025 AND s.name = '浮山街道工会驿站'""").query().singleRow();
		assertThat(awarded).containsEntry("status", "AWARDED").containsEntry("note", "年度考核优秀");
		long id = jdbc.sql("SELECT id FROM flagship WHERE programme_year = 2025 ORDER BY id LIMIT 1")
			.query(Long.class)
			.single();
		assertThat(flagships.history(id).getFirst().action().name()).isEqualTo("IMPORT");
	}

	@Test
	@WithUserDetails("planner")
	void a_file_repeating_a_station_and_year_is_refused_at_the_later_row_unless_rejected() {
		FlagshipImportPreview preview = imports
			.preview(
					"flagships.csv", csv("站点,年度,状态,日期,原因", "温泉路环卫工会驿站,2025,未通过,2025-02-01,材料不全",
							"温泉路环卫工会驿站,2025,已推荐,2025-03-01,", "温泉路环卫工会驿站,2025,评估中,2025-04-01,"),
					CoordinateSystem.WGS84);
		assertThat(preview.rows().get(0).problems()).isEmpty();
		assertThat(preview.rows().get(1).problems()).isEmpty();
		assertThat(preview.rows().get(2).problems())
			.containsExactly(FieldProblem.of("station", "programme.import.duplicate-row", "3"));
	}

	@Test
	@WithUserDetails("leader")
	void leaders_cannot_import() {
		assertThatThrownBy(() -> imports.preview("f.csv", csv("站点,年度,状态,日期"), CoordinateSystem.WGS84))
			.isInstanceOf(AccessDeniedException.class);
	}

	/** Each step as "status date decided-by reason score" ("-" for none). */
	List<String> steps(String station) {
		return jdbc.sql("""
				SELECT t.status || ' ' || t.step_date || ' ' || t.decided_by || ' ' || coalesce(t.reason, '-') || ' '
				       || coalesce(t.score::text, '-')
				FROM flagship_step t JOIN flagship f ON f.id = t.flagship_id JOIN station s ON s.id = f.station_id
				WHERE f.programme_year = 2025 AND s.name = :name ORDER BY t.position""")
			.param("name", station)
			.query(String.class)
			.list();
	}

}
