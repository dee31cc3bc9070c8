package org.unionstations.portal.base.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An Excel workbook written a row at a time (POI's SXSSF): only the last {@link #WINDOW}
 * rows of a sheet stay in memory, the rest go to a compressed temporary file until
 * {@link #write}. The sheets look like {@link Xlsx#write}'s: a bold, frozen header row,
 * numbers with a format per column. Text is written as given: guard it
 * ({@link FormulaGuard}) before.
 */
public final class XlsxStream implements AutoCloseable {

	/** Rows of a sheet kept in memory. */
	static final int WINDOW = 200;

	/** Rows an Excel sheet holds, its header included. */
	public static final int MAX_ROWS = 1_048_576;

	private static final int COLUMN_WIDTH = 18 * 256;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final CellStyle headerStyle;

	private final Map<String, CellStyle> numberStyles = new HashMap<>();

	public XlsxStream() {
		workbook.setCompressTempFiles(true);
		Font bold = workbook.createFont();
		bold.setBold(true);
		headerStyle = workbook.createCellStyle();
		headerStyle.setFont(bold);
	}

	/** A new sheet with its header row; rows go into it through the returned writer. */
	public SheetWriter sheet(String name, List<String> header, List<String> numberFormats) {
		SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
		Row headerRow = sheet.createRow(0);
		for (int c = 0; c < header.size(); c++) {
			Cell cell = headerRow.createCell(c, CellType.STRING);
			cell.setCellValue(header.get(c));
			cell.setCellStyle(headerStyle);
			sheet.setColumnWidth(c, COLUMN_WIDTH);
		}
		sheet.createFreezePane(0, 1);
		return new SheetWriter(sheet, List.copyOf(numberFormats));
	}

	/** Writes the workbook; the stream stays open. */
	public void write(OutputStream out) {
		try {
			workbook.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Deletes the temporary files. */
	@Override
	public void close() {
		try {
			workbook.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Appends rows to one sheet. */
	public final class SheetWriter {

		private final SXSSFSheet sheet;

		private final List<String> numberFormats;

		private int next = 1;

		private SheetWriter(SXSSFSheet sheet, List<String> numberFormats) {
			this.sheet = sheet;
			this.numberFormats = numberFormats;
		}

		/**
		 * The next row: {@link String}s, {@link Number}s (shown with the column's format)
		 * or null for an empty cell.
		 */
		public void row(List<@Nullable Object> values) {
			if (next >= MAX_ROWS) {
				throw new IllegalStateException("a sheet holds " + MAX_ROWS + " rows");
			}
			Row row = sheet.createRow(next++);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value instanceof Number number) {
					Cell cell = row.createCell(c, CellType.NUMERIC);
					cell.setCellValue(number.doubleValue());
					String format = c < numberFormats.size() ? numberFormats.get(c) : "General";
					cell.setCellStyle(numberStyles.computeIfAbsent(format, f -> {
						CellStyle style = workbook.createCellStyle();
						style.setDataFormat(workbook.createDataFormat().getFormat(f));
						return style;
					}));
				}
				else if (value != null) {
					row.createCell(c, CellType.STRING).setCellValue(value.toString());
				}
			}
		}

		/** Rows written so far, the header included. */
		public int rows() {
			return next;
		}

	}

}
