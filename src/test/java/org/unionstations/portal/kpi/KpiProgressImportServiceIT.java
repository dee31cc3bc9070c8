package org.unionstations.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.table.TableRejectedException;
import org.unionstations.portal.base.table.TestWorkbooks;

/**
 * Progress entries from a file for the KPIs of 2026: a good file records exactly its
 * rows, a file with bad rows records nothing and names each bad row's column. Each test's
 * writes are rolled back.
 */
@PortalIT
@Transactional
class KpiProgressImportServiceIT {

	static final String HEADER = "指标代码,指标名称,日期,区县,数量,更正,备注";

	@Autowired
	KpiProgressImportService imports;

	@Autowired
	KpiProgressService progress;

	@Autowired
	KpiService kpis;

	@Autowired
	JdbcClient jdbc;

	static byte[] csv(String... lines) {
		return ("\uFEFF" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	long entries() {
		return jdbc.sql("SELECT count(*) FROM kpi_progress").query(Long.class).single();
	}

	@Test
	@WithUserDetails("planner")
	void a_good_file_records_exactly_its_rows_each_logged_as_an_import() {
		long before = entries();
		BigDecimal warmthBefore = figure("WARMTH");
		ProgressImportPreview preview = imports.preview(2026, "progress.csv",
				csv(HEADER, "WARMTH,,2026-11-28,咸安区,35,否,走访慰问", ",职工子女托管,2026/11/30,421281,12,,",
						"warmth,送温暖,2026年11月29日,Jiayu County,-5,是,更正重复", "DISPUTES,,2026.11.27,,\"1,024\",,"));

		assertThat(preview.allProblems()).isEmpty();
		assertThat(imports.commit(preview)).isEqualTo(4);

		assertThat(entries()).isEqualTo(before + 4);
		assertThat(figure("WARMTH")).isEqualByComparingTo(warmthBefore.add(BigDecimal.valueOf(30)));
		List<ProgressRow> warmth = progress.list(definition("WARMTH").id());
		ProgressRow visits = warmth.stream().filter(r -> "走访慰问".equals(r.note())).findFirst().orElseThrow();
		assertThat(visits.amount()).isEqualByComparingTo("35");
		assertThat(visits.correction()).isFalse();
		assertThat(jdbc.sql("SELECT code FROM district WHERE id = :id")
			.param("id", visits.districtId())
			.query(String.class)
			.single()).isEqualTo("421202");
		ProgressRow correction = warmth.stream().filter(ProgressRow::correction).findFirst().orElseThrow();
		assertThat(correction.amount()).isEqualByComparingTo("-5");
		ProgressRow disputes = progress.list(definition("DISPUTES").id()).getFirst();
		assertThat(disputes.amount()).isEqualByComparingTo("1024");
		assertThat(disputes.districtId()).isNull();
		assertThat(progress.history(visits.id())).singleElement()
			.satisfies(r -> assertThat(r.action()).isEqualTo(ChangeAction.IMPORT));
	}

	@Test
	@WithUserDetails("planner")
	void a_file_with_three_bad_rows_records_nothing_and_names_each_row_and_column() {
		long before = entries();
		ProgressImportPreview preview = imports.preview(2026, "progress.csv",
				csv(HEADER, "WARMTH,,2026-11-28,咸安区,35,,", "NO_SUCH_KPI,,2026-11-28,,1,,", "WARMTH,,2026-11-28,,-3,否,",
						"DISPUTES,,2026-11-20,,2,,", "JOB_FAIRS,,2026-11-20,火星区,1,,"));

		assertThat(preview.rowCount()).isEqualTo(5);
		assertThat(preview.rowsWithProblems()).isEqualTo(3);
		assertThat(preview.rows()).filteredOn(ProgressImportRow::hasProblems)
			.extracting(ProgressImportRow::rowNumber, ProgressImportRow::problems)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(3,
							List.of(FieldProblem.of("kpiCode", "kpi.import.unknown-kpi", "NO_SUCH_KPI", 2026))),
					org.assertj.core.groups.Tuple.tuple(4,
							List.of(FieldProblem.of("amount", "kpi.progress.validation.negative"))),
					org.assertj.core.groups.Tuple.tuple(6,
							List.of(FieldProblem.of("district", "kpi.import.unknown-district", "火星区"))));
		assertThatThrownBy(() -> imports.commit(preview)).isInstanceOf(TableRejectedException.class);
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("planner")
	void every_kind_of_bad_row_is_named_at_its_column() {
		ProgressImportPreview preview = imports.preview(2026, "progress.csv",
				csv(HEADER, ",驿站智能化升级,2026-11-28,,1,,", "WARMTH,,2026-12-31,,1,,", "WARMTH,,2025-06-30,,1,,",
						"WARMTH,,2026-11-28,,1.005,,", "WARMTH,,2026-11-28,,-1,也许,", "WARMTH,阵地服务职工,2026-13-01,,abc,,",
						",,,,,,"));

		assertThat(preview.rows()).extracting(ProgressImportRow::problems)
			.containsExactly(List.of(FieldProblem.of("kpiName", "kpi.progress.validation.computed")),
					List.of(FieldProblem.of("date", "kpi.progress.validation.future")),
					List.of(FieldProblem.of("date", "kpi.progress.validation.year", 2026)),
					List.of(FieldProblem.of("amount", "kpi.progress.validation.decimals")),
					List.of(FieldProblem.of("amount", "kpi.progress.validation.negative"),
							FieldProblem.of("correction", "kpi.import.not-yes-no", "也许")),
					List.of(FieldProblem.of("kpiName", "kpi.import.name-not-code", "阵地服务职工", "WARMTH"),
							FieldProblem.of("date", "programme.import.not-a-date", "2026-13-01"),
							FieldProblem.of("amount", "import.problem.not-a-number", "abc")));
		assertThat(preview.rowCount()).isEqualTo(6);
	}

	@Test
	@WithUserDetails("planner")
	void a_file_without_a_kpi_column_is_refused_as_a_whole() {
		ProgressImportPreview preview = imports.preview(2026, "progress.csv", csv("日期,数量", "2026-11-28,1"));
		assertThat(preview.fileProblems()).containsExactly(FieldProblem.of("kpiCode", "kpi.import.kpi-column-missing"));
		assertThat(preview.canCommit()).isFalse();
	}

	@Test
	@WithUserDetails("planner")
	void the_template_has_the_columns_and_examples_of_the_year() {
		byte[] xlsx = imports.template(2026, Locale.SIMPLIFIED_CHINESE);
		assertThat(TestWorkbooks.sheet(xlsx, 0)).containsExactly(List.of("指标代码", "指标名称", "日期", "区县", "数量", "更正", "备注"));
		assertThat(TestWorkbooks.sheet(xlsx, 1))
			.anySatisfy(row -> assertThat(row).startsWith("MUTUAL_AID", "职工互助医疗保障"));
	}

	@Test
	@WithUserDetails("leader")
	void leaders_cannot_import() {
		assertThatThrownBy(() -> imports.preview(2026, "progress.csv", csv(HEADER, "WARMTH,,2026-11-28,,1,,")))
			.isInstanceOf(AccessDeniedException.class);
	}

	private BigDecimal figure(String code) {
		return kpis.detail(definition(code).id(), null).card().actual();
	}

	private KpiDefinition definition(String code) {
		return kpis.catalogue(2026).stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
	}

}
