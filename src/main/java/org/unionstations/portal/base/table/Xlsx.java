package org.unionstations.portal.base.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel workbooks (.xlsx, Office Open XML) through Apache POI: the first sheet read as
 * text, and sheets written with a bold header row.
 */
public final class Xlsx {

	/**
	 * Column width in characters for written sheets (POI counts 1/256 of a character).
	 */
	private static final int COLUMN_WIDTH = 18 * 256;

	private Xlsx() {
	}

	/**
	 * The first sheet's rows, each numbered as Excel shows it; cells as their text
	 * (numbers in plain notation, formulas as their last computed value, never
	 * evaluated).
	 * @throws TableFormatException when the content is not a readable .xlsx workbook
	 */
	public static List<TableRow> read(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			List<TableRow> rows = new ArrayList<>();
			if (workbook.getNumberOfSheets() == 0) {
				return rows;
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : text(cell, formatter));
				}
				rows.add(new TableRow(row.getRowNum() + 1, cells));
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			throw new TableFormatException("not a readable .xlsx workbook: " + e.getMessage(), null, e);
		}
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

	private static String text(Cell cell, DataFormatter formatter) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell)
						? formatter.formatRawCellContents(cell.getNumericCellValue(),
								cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())
						: plain(cell.getNumericCellValue());
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
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

	/**
	 * 114.322 as "114.322", 13707150397 as "13707150397": what was typed, not 1.37E10.
	 */
	private static String plain(double value) {
		if (!Double.isFinite(value)) {
			return String.valueOf(value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
