package org.unionstations.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.table.TableRow;
import org.unionstations.portal.base.table.Xlsx;

/** The board's workbook holds the board's figures, row for row, as numbers. */
@PortalIT
@WithUserDetails("leader")
class KpiExportServiceIT {

	@Autowired
	KpiExportService export;

	@Autowired
	KpiService kpis;

	@Test
	void the_first_sheet_is_the_board_with_its_figures() {
		LocalDate day = LocalDate.of(2026, 11, 30);
		byte[] workbook = export.xlsx(2026, day, Locale.SIMPLIFIED_CHINESE);
		List<TableRow> rows = Xlsx.read(workbook);
		KpiBoard board = kpis.board(2026, day);
		assertThat(rows).hasSize(board.cards().size() + 1);
		assertThat(rows.getFirst().cells().getFirst()).isEqualTo("指标 (数据截至 2026-11-30)");
		for (int i = 0; i < board.cards().size(); i++) {
			KpiCard card = board.cards().get(i);
			List<String> cells = rows.get(i + 1).cells();
			assertThat(cells.get(0)).isEqualTo(card.kpi().nameZh());
			assertThat(new BigDecimal(cells.get(4))).as(card.kpi().code()).isEqualByComparingTo(card.actual());
			assertThat(new BigDecimal(cells.get(7))).as(card.kpi().code()).isEqualByComparingTo(card.pace().expected());
		}
	}

}
