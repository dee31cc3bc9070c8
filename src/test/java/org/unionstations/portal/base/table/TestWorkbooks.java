package org.unionstations.portal.base.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel files for import tests, written with POI as Excel would save them. */
public final class TestWorkbooks {

	private TestWorkbooks() {
	}

	/** The cells of a sheet of a workbook, as text, row by row (empty rows empty). */
	public static List<List<String>> sheet(byte[] xlsx, int index) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
			Sheet sheet = workbook.getSheetAt(index);
			List<List<String>> rows = new java.util.ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new java.util.ArrayList<>();
				for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
					cells.add(formatter.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A workbook whose first sheet has a header row and one row of values: numbers
	 * ({@link Double}) as number cells, text starting with {@code =} as a formula that
	 * was never computed (as programs other than Excel write them), everything else as
	 * text.
	 */
	public static byte[] oneRow(List<String> header, List<Object> values) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("导入");
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				first.createCell(i).setCellValue(header.get(i));
			}
			Row second = sheet.createRow(1);
			for (int i = 0; i < values.size(); i++) {
				if (values.get(i) instanceof Double d) {
					second.createCell(i).setCellValue(d);
				}
				else if (values.get(i) instanceof String text && text.startsWith("=")) {
					second.createCell(i).setCellFormula(text.substring(1));
				}
				else {
					second.createCell(i).setCellValue((String) values.get(i));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
