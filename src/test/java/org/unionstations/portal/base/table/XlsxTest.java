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
	void a_formula_without_a_computed_value_is_a_problem_of_its_cell_never_a_number() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("导入");
			sheet.createRow(0).createCell(0).setCellValue("职工人数");
			sheet.getRow(0).createCell(1).setCellValue("名称");
			var row = sheet.createRow(1);
			// as a file written by a program that sets formulas and never computes them
			row.createCell(0).setCellFormula("10*12");
			row.createCell(1).setCellValue("快递站");
			var out = new java.io.ByteArrayOutputStream();
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		TableRow row = Xlsx.read(xlsx).get(1);
		assertThat(row.cell(0)).isEmpty();
		assertThat(row.cellProblems()).containsExactly(java.util.Map.entry(0, Xlsx.FORMULA_WITHOUT_VALUE));
		assertThat(row.cell(1)).isEqualTo("快递站");
	}

	@Test
	void a_formula_with_a_computed_value_reads_as_that_value() {
		byte[] xlsx = Xlsx.write("s", List.of("a"), List.of(List.of("x")), "General");
		assertThat(Xlsx.read(xlsx).get(1).cellProblems()).isEmpty();
		String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>n</t></is></c></row>"
				+ "<row r=\"2\"><c r=\"A2\"><f>10*12</f><v>120</v></c><c r=\"C2\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c></row>"
				+ "</sheetData></worksheet>";
		assertThat(Xlsx.read(HostileWorkbooks.withSheet(sheet)).get(1).cells()).containsExactly("120", "", "ab");
	}

	@Test
	void reading_stops_one_row_past_the_limit_whatever_the_file_holds() {
		byte[] xlsx = HostileWorkbooks.manySmallCells(5_000, 3, false);
		List<TableRow> rows = Xlsx.read(xlsx, 100);
		assertThat(rows).hasSize(101);
		assertThat(rows.getLast().number()).isEqualTo(101);
	}

	@Test
	void a_sheet_that_declares_more_rows_than_the_limit_is_refused_before_reading() {
		byte[] xlsx = HostileWorkbooks.manySmallCells(200, 3, true);
		assertThatThrownBy(() -> Xlsx.read(xlsx, 100)).isInstanceOfSatisfying(TableTooLargeException.class,
				e -> assertThat(e.rows()).isTrue());
		assertThat(Xlsx.read(xlsx, 201)).hasSize(201);
	}

	@Test
	void cells_beyond_the_columns_read_are_left_out() {
		assertThat(Xlsx.read(HostileWorkbooks.manySmallCells(2, 500, false)).get(1).cells()).hasSize(Xlsx.MAX_COLUMNS);
	}

	@Test
	void a_hostile_table_of_shared_strings_is_refused() {
		assertThatThrownBy(() -> Xlsx.read(HostileWorkbooks.manySharedStrings(Xlsx.MAX_SHARED_STRINGS + 1)))
			.isInstanceOfSatisfying(TableTooLargeException.class, e -> assertThat(e.rows()).isFalse());
		assertThat(Xlsx.read(HostileWorkbooks.manySharedStrings(3)).get(1).cells()).containsExactly("1");
	}

	@Test
	void anything_else_is_unreadable() {
		assertThatThrownBy(() -> Xlsx.read("name,type\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(TableFormatException.class);
	}

}
