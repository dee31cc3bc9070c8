package org.unionstations.portal.base.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;

class XlsxTest {

	@Test
	void a_written_sheet_reads_back_with_numbers_in_plain_notation() {
		byte[] xlsx = Xlsx.write("站点", List.of("名称", "经度", "电话"), List
			.of(List.of("温泉路驿站", new BigDecimal("114.322000"), "13707150397"), List.of("=1+1", 113.9, 13707150397L)),
				"0.000000");
		List<TableRow> rows = Xlsx.read(xlsx);
		assertThat(rows).extracting(TableRow::cells)
			.containsExactly(List.of("名称", "经度", "电话"), List.of("温泉路驿站", "114.322", "13707150397"),
					List.of("=1+1", "113.9", "13707150397"));
	}

	@Test
	void several_sheets_keep_their_order_names_and_number_formats() throws IOException {
		byte[] xlsx = Xlsx.write(List.of(
				new Xlsx.SheetData("区县覆盖", List.of("区县", "覆盖率"), List.of("General", "0.0%"),
						List.of(List.of("咸安区", 0.4567))),
				new Xlsx.SheetData("a/b:c", List.of("n"), List.of(), List.of(Arrays.asList((Object) null)))));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getSheetName(0)).isEqualTo("区县覆盖");
			// characters Excel does not allow in a sheet name are replaced
			assertThat(workbook.getSheetName(1)).isEqualTo("a b c");
			Cell share = workbook.getSheetAt(0).getRow(1).getCell(1);
			assertThat(share.getNumericCellValue()).isEqualTo(0.4567);
			assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(0)).isNull();
		}
	}

	@Test
	void anything_else_is_unreadable() {
		assertThatThrownBy(() -> Xlsx.read("name,type\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(TableFormatException.class);
	}

}
