package org.unionstations.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.table.Csv;
import org.unionstations.portal.base.table.TableRow;
import org.unionstations.portal.base.table.Xlsx;

/** The programme exports hold every record of the filter, in the user's language. */
@PortalIT
class ProgrammeExportServiceIT {

	@Autowired
	ProgrammeExportService exports;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("planner")
	void the_upgrades_csv_has_every_record_of_the_year_and_their_budgets() {
		List<TableRow> rows = Csv.read(exports.csv(Programme.SMART_UPGRADE, ProgrammeFilter.year(2026), Locale.CHINA));
		long records = jdbc.sql("SELECT count(*) FROM smart_upgrade WHERE programme_year = 2026")
			.query(Long.class)
			.single();
		assertThat(rows).hasSize((int) records + 1);
		assertThat(rows.getFirst().cells()).startsWith("站点", "所属区县", "站点类型", "状态");
		int budget = rows.getFirst().cells().indexOf("预算（元）");
		BigDecimal sum = rows.stream()
			.skip(1)
			.map(r -> r.cells().get(budget))
			.filter(c -> !c.isBlank())
			.map(BigDecimal::new)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sum).isEqualByComparingTo(
				jdbc.sql("SELECT coalesce(sum(budget), 0) FROM smart_upgrade WHERE programme_year = 2026")
					.query(BigDecimal.class)
					.single());
	}

	@Test
	@WithUserDetails("leader")
	void the_flagship_workbook_reads_in_english_for_english_users() {
		List<TableRow> rows = Xlsx.read(exports.xlsx(Programme.FLAGSHIP,
				ProgrammeFilter.year(2026).withStatus(FlagshipStatus.AWARDED), Locale.ENGLISH));
		assertThat(rows.getFirst().cells()).startsWith("Station", "District");
		assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.cells()).contains("Awarded"));
		assertThat(rows)
			.hasSize(1 + jdbc.sql("SELECT count(*) FROM flagship WHERE programme_year = 2026 AND status = 'AWARDED'")
				.query(Long.class)
				.single()
				.intValue());
	}

}
