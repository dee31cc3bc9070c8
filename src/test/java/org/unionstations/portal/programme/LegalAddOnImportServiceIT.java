package org.unionstations.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
 * Legal-service add-ons from a file: every problem of every row at its column, all rows
 * or none. Test rows use the year 2025, which no demo add-on has; 向阳湖镇工会驿站 has an active
 * demo add-on, 咸宁市中心医院爱心母婴室 is no union post station.
 */
@PortalIT
@Transactional
class LegalAddOnImportServiceIT {

	static final String HEADER = "站点,年度,状态,合作方类型,合作方,服务日,开始时间,结束时间,开始日期,结束日期";

	@Autowired
	LegalAddOnImportService imports;

	@Autowired
	LegalAddOnService legal;

	@Autowired
	JdbcClient jdbc;

	static byte[] csv(String... lines) {
		return ("\uFEFF" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM legal_addon WHERE programme_year = 2025").query(Long.class).single();
	}

	@Test
	@WithUserDetails("planner")
	void every_bad_row_is_reported_at_its_column_and_nothing_is_written() {
		LegalImportPreview preview = imports.preview("legal.csv",
				csv(HEADER, "温泉路环卫工会驿站,2025,筹备中,律师事务所,咸宁某律师事务所,周二、周四,09:00,11:30,2025-03-01,",
						"咸宁市中心医院爱心母婴室,2025,筹备中,律师事务所,咸宁某律师事务所,,,,2025-03-01,",
						"向阳湖镇工会驿站,2025,筹备中,律师事务所,咸宁某律师事务所,,,,2025-03-01,",
						"永安大道快递小哥工会驿站,2025,筹备中,律师,咸宁某律师事务所,周八,25:00,11:30,2025-03-01,",
						"银泉大道环卫工会驿站,2025,已结束,法律援助中心,,周一至周五,11:00,09:00,2025-03-01,",
						"马桥镇工会驿站,2025,服务中,法律援助中心,咸安区法律援助中心,,,,2099-01-01,"),
				CoordinateSystem.WGS84);

		assertThat(preview.rowsWithProblems()).isEqualTo(5);
		assertThat(preview.rows().get(0).problems()).isEmpty();
		assertThat(preview.rows().get(1).problems())
			.containsExactly(FieldProblem.of("station", "programme.legal.validation.union-post-only"));
		assertThat(preview.rows().get(2).problems())
			.containsExactly(FieldProblem.of("station", "programme.legal.validation.one-open"));
		assertThat(preview.rows().get(3).problems()).containsExactly(
				FieldProblem.of("partnerKind", "programme.import.unknown-value", "律师"),
				FieldProblem.of("weekdays", "programme.import.not-a-weekday", "周八"),
				FieldProblem.of("opens", "programme.import.not-a-time", "25:00"));
		assertThat(preview.rows().get(4).problems()).containsExactly(
				FieldProblem.of("partnerName", "validation.required"),
				FieldProblem.of("closes", "programme.legal.validation.hours"),
				FieldProblem.of("endDate", "programme.legal.validation.end-required"));
		assertThat(preview.rows().get(5).problems())
			.containsExactly(FieldProblem.of("startDate", "programme.legal.validation.active-not-started"));
		assertThatThrownBy(() -> imports.commit(preview)).isInstanceOf(TableRejectedException.class);
		assertThat(count()).isZero();
	}

	@Test
	@WithUserDetails("planner")
	void a_clean_file_imports_every_row_as_people_write_it_and_logs_each() {
		LegalImportPreview preview = imports
			.preview("legal.csv", csv("站点名称,所属区县,年度,状态,合作方类型,合作方,律师,律师电话,服务日,开始时间,结束时间,开始日期,结束日期",
					"温泉路环卫工会驿站,咸安区,2025年,服务中,律师事务所,湖北咸宁律师事务所,张律师,0715-8123456,\"周二、周四\",9:00,11：30,2025/3/1,",
					"永安大道快递小哥工会驿站,,2025,Planned,Legal-aid centre,咸安区法律援助中心,,,\"Tue, Thu\",08:30:00,17:00,2026年12月1日,",
					"淦河大道外卖骑手工会驿站,,2025,已结束,工会法律服务团队,市总工会法律服务团队,,,周一至周五,,,2025.1.5,2025-06-30"),
					CoordinateSystem.WGS84);
		assertThat(preview.allProblems()).isEmpty();

		assertThat(imports.commit(preview)).isEqualTo(3);

		assertThat(count()).isEqualTo(3);
		Map<String, Object> active = jdbc.sql("""
				SELECT a.status, a.partner_kind, a.lawyer_phone, array_to_string(a.weekdays, ',') AS days,
				       a.opens, a.closes, a.start_date
				FROM legal_addon a JOIN station s ON s.id = a.station_id
				WHERE a.programme_year = 2025 AND s.name = '温泉路环卫工会驿站'""").query().singleRow();
		assertThat(active).containsEntry("status", "ACTIVE")
			.containsEntry("partner_kind", "LAW_FIRM")
			.containsEntry("lawyer_phone", "0715-8123456")
			.containsEntry("days", "TUE,THU");
		assertThat(active.get("opens").toString()).startsWith("09:00");
		assertThat(active.get("closes").toString()).startsWith("11:30");
		assertThat(active.get("start_date").toString()).isEqualTo("2025-03-01");
		assertThat(jdbc.sql("""
				SELECT array_to_string(a.weekdays, ',') FROM legal_addon a JOIN station s ON s.id = a.station_id
				WHERE a.programme_year = 2025 AND s.name = '淦河大道外卖骑手工会驿站'""").query(String.class).single())
			.isEqualTo("MON,TUE,WED,THU,FRI");
		long id = jdbc.sql("SELECT id FROM legal_addon WHERE programme_year = 2025 ORDER BY id LIMIT 1")
			.query(Long.class)
			.single();
		assertThat(legal.history(id).getFirst().action().name()).isEqualTo("IMPORT");
	}

	@Test
	@WithUserDetails("planner")
	void a_file_with_two_open_add_ons_of_one_station_is_refused_at_the_later_row() {
		LegalImportPreview preview = imports.preview("legal.csv",
				csv(HEADER, "温泉路环卫工会驿站,2025,已结束,律师事务所,甲律师事务所,,,,2025-01-01,2025-02-28",
						"温泉路环卫工会驿站,2025,筹备中,律师事务所,乙律师事务所,,,,2025-03-01,",
						"温泉路环卫工会驿站,2025,服务中,律师事务所,丙律师事务所,,,,2025-03-01,"),
				CoordinateSystem.WGS84);
		assertThat(preview.rows().get(0).problems()).isEmpty();
		assertThat(preview.rows().get(1).problems()).isEmpty();
		assertThat(preview.rows().get(2).problems())
			.containsExactly(FieldProblem.of("station", "programme.legal.import.duplicate-row", "3"));
		assertThat(preview.canCommit()).isFalse();
	}

	@Test
	@WithUserDetails("leader")
	void leaders_cannot_import() {
		assertThatThrownBy(() -> imports.preview("l.csv", csv(HEADER), CoordinateSystem.WGS84))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> imports.template(java.util.Locale.CHINA)).isInstanceOf(AccessDeniedException.class);
	}

}
