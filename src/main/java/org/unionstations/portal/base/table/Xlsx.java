package org.unionstations.portal.base.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel workbooks (.xlsx, Office Open XML) through Apache POI: sheets written with a
 * bold, frozen header row; reading is {@link XlsxReader}'s.
 */
public final class Xlsx {

	/**
	 * Column width in characters for written sheets (POI counts 1/256 of a character).
	 */
	private static final int COLUMN_WIDTH = 18 * 256;

	/** The message key of a formula cell that holds no computed value. */
	public static final String FORMULA_WITHOUT_VALUE = XlsxReader.FORMULA_WITHOUT_VALUE;

	/** Columns read; cells to the right of them are left out. */
	public static final int MAX_COLUMNS = XlsxReader.MAX_COLUMNS;

	/** Shared strings a workbook may hold for an import. */
	static final int MAX_SHARED_STRINGS = XlsxReader.MAX_SHARED_STRINGS;

	private Xlsx() {
	}

	/** The first sheet's non-blank rows as text: see {@link XlsxReader#read(byte[])}. */
	public static List<TableRow> read(byte[] content) {
		return XlsxReader.read(content);
	}

	/**
	 * As {@link #read(byte[])}, no further than {@code maxRows}: see
	 * {@link XlsxReader#read(byte[], int)}.
	 */
	public static List<TableRow> read(byte[] content, int maxRows) {
		return XlsxReader.read(content, maxRows);
	}

	/**
	 * One sheet with a bold, frozen header row. Cells are {@link String}s or
	 * {@link Number}s; numbers are written as numbers, shown with {@code numberFormat}.
	 */
	public static byte[] write(String sheetName, List<String> header, List<List<Object>> rows, String numberFormat) {
		return write(List.of(new SheetData(sheetName, header, Collections.nCopies(header.size(), numberFormat), rows)));
	}

	/**
	 * A workbook of several sheets, in order, each with a bold, frozen header row.
	 */
	public static byte[] write(List<SheetData> sheets) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			Map<String, CellStyle> numberStyles = new HashMap<>();
			for (SheetData data : sheets) {
				Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(data.name()));
				Row headerRow = sheet.createRow(0);
				for (int c = 0; c < data.header().size(); c++) {
					Cell cell = headerRow.createCell(c, CellType.STRING);
					cell.setCellValue(data.header().get(c));
					cell.setCellStyle(headerStyle);
					sheet.setColumnWidth(c, COLUMN_WIDTH);
				}
				sheet.createFreezePane(0, 1);
				for (int r = 0; r < data.rows().size(); r++) {
					Row row = sheet.createRow(r + 1);
					List<Object> values = data.rows().get(r);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						if (value instanceof Number number) {
							Cell cell = row.createCell(c, CellType.NUMERIC);
							cell.setCellValue(number.doubleValue());
							cell.setCellStyle(numberStyles.computeIfAbsent(data.numberFormat(c), format -> {
								CellStyle style = workbook.createCellStyle();
								style.setDataFormat(workbook.createDataFormat().getFormat(format));
								return style;
							}));
						}
						else if (value != null) {
							row.createCell(c, CellType.STRING).setCellValue(value.toString());
						}
					}
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

	/**
	 * One sheet to write.
	 *
	 * @param name the sheet's tab (characters Excel does not allow are replaced)
	 * @param header the column headers
	 * @param numberFormats per column, how numbers are shown (an Excel format such as
	 * {@code #,##0} or {@code 0.0%}); columns beyond the list show numbers as
	 * {@code General}
	 * @param rows the cells: {@link String}s, {@link Number}s or null for an empty cell
	 */
	public record SheetData(String name, List<String> header, List<String> numberFormats, List<List<Object>> rows) {

		public SheetData {
			header = List.copyOf(header);
			numberFormats = List.copyOf(numberFormats);
			rows = List.copyOf(rows);
		}

		String numberFormat(int column) {
			return column < numberFormats.size() ? numberFormats.get(column) : "General";
		}

	}

}
