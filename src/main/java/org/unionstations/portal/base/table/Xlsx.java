package org.unionstations.portal.base.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Excel workbooks (.xlsx, Office Open XML) through Apache POI: the first sheet read as
 * text, and sheets written with a bold header row.
 */
public final class Xlsx {

	/**
	 * Column width in characters for written sheets (POI counts 1/256 of a character).
	 */
	private static final int COLUMN_WIDTH = 18 * 256;

	/** The message key of a formula cell that holds no computed value. */
	public static final String FORMULA_WITHOUT_VALUE = "import.problem.formula-without-value";

	/** Columns read; cells to the right of them are left out. */
	public static final int MAX_COLUMNS = 64;

	/** Rows of a sheet at most (Excel's own limit). */
	private static final int EXCEL_MAX_ROWS = 1_048_576;

	/** Characters of one cell at most (Excel's own limit). */
	private static final int MAX_CELL_CHARS = 32_767;

	/** Shared strings a workbook may hold for an import. */
	static final int MAX_SHARED_STRINGS = 1_000_000;

	/** Characters of text (shared strings and cells kept) a workbook may hold. */
	static final long MAX_TEXT_CHARS = 16_000_000;

	private Xlsx() {
	}

	/**
	 * The first sheet's rows that are not blank, each numbered as Excel shows it; cells
	 * as their text (numbers in plain notation, formulas as their last computed value,
	 * never evaluated; a formula without one is a problem of its cell, never a number).
	 * Reads the sheet as a stream, so memory depends on the rows kept, not on the file.
	 * @throws TableFormatException when the content is not a readable .xlsx workbook
	 */
	public static List<TableRow> read(byte[] content) {
		return read(content, EXCEL_MAX_ROWS);
	}

	/**
	 * As {@link #read(byte[])}, but stops after {@code maxRows} + 1 non-blank rows (so a
	 * caller sees that there are more than it takes), and refuses a sheet that declares
	 * more than {@code maxRows} rows before reading any.
	 * @throws TableTooLargeException when the sheet declares more rows, or holds more
	 * text, than a table import reads
	 * @throws TableFormatException when the content is not a readable .xlsx workbook
	 */
	public static List<TableRow> read(byte[] content, int maxRows) {
		Path file = null;
		try {
			// a package opened from a file streams each part when it is read; opened from
			// a stream it would inflate every part into memory first
			file = Files.createTempFile("portal-import-", ".xlsx");
			Files.write(file, content);
			OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			try {
				XSSFReader reader = new XSSFReader(pkg);
				Iterator<InputStream> sheets = reader.getSheetsData();
				if (!sheets.hasNext()) {
					return List.of();
				}
				TextBudget budget = new TextBudget();
				List<String> sharedStrings = sharedStrings(reader, budget);
				StylesTable styles = reader.getStylesTable();
				SheetHandler handler = new SheetHandler(sharedStrings, styles, maxRows, budget);
				try (InputStream sheet = sheets.next()) {
					parse(sheet, handler);
				}
				return handler.rows;
			}
			finally {
				pkg.revert();
			}
		}
		catch (TableFormatException e) {
			throw e;
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
			throw new TableFormatException("not a readable .xlsx workbook: " + e.getMessage(), null, e);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException e) {
					file.toFile().deleteOnExit();
				}
			}
		}
	}

	private static void parse(InputStream xml, DefaultHandler handler)
			throws IOException, SAXException, ParserConfigurationException {
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(handler);
		try {
			parser.parse(new InputSource(xml));
		}
		catch (EnoughRows stop) {
			// the handler has what it needs
		}
	}

	/**
	 * The workbook's shared strings, read as a stream with {@link TextBudget} limits
	 * (phonetic runs left out, as Excel shows the cells).
	 */
	private static List<String> sharedStrings(XSSFReader reader, TextBudget budget)
			throws IOException, SAXException, ParserConfigurationException {
		InputStream data;
		try {
			data = reader.getSharedStringsData();
		}
		catch (InvalidFormatException | RuntimeException e) {
			return List.of();
		}
		if (data == null) {
			return List.of();
		}
		SharedStringsHandler handler = new SharedStringsHandler(budget);
		try (InputStream in = data) {
			parse(in, handler);
		}
		return handler.strings;
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

	/** Signals that a handler has read all it needs. */
	private static final class EnoughRows extends SAXException {

		EnoughRows() {
			super("enough rows");
		}

	}

	/**
	 * The text a file may hold in memory: shared strings and the cells kept, in
	 * characters; more is refused as too large.
	 */
	private static final class TextBudget {

		private long chars;

		void spend(int length) {
			chars += length;
			if (chars > MAX_TEXT_CHARS) {
				throw new TableTooLargeException("more than " + MAX_TEXT_CHARS + " characters of text", false);
			}
		}

	}

	/** {@code xl/sharedStrings.xml}: {@code <si>} items of {@code <t>} text and runs. */
	private static final class SharedStringsHandler extends DefaultHandler {

		final List<String> strings = new ArrayList<>();

		private final TextBudget budget;

		private final StringBuilder text = new StringBuilder();

		private boolean inItem;

		private boolean inText;

		private boolean inPhonetic;

		SharedStringsHandler(TextBudget budget) {
			this.budget = budget;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "si" -> {
					inItem = true;
					text.setLength(0);
				}
				case "rPh" -> inPhonetic = true;
				case "t" -> inText = inItem && !inPhonetic;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inText) {
				appendCapped(text, ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "t" -> inText = false;
				case "rPh" -> inPhonetic = false;
				case "si" -> {
					inItem = false;
					if (strings.size() >= MAX_SHARED_STRINGS) {
						throw new TableTooLargeException("more than " + MAX_SHARED_STRINGS + " shared strings", false);
					}
					budget.spend(text.length() + 16);
					strings.add(text.toString());
				}
				default -> {
				}
			}
		}

	}

	/**
	 * A worksheet part: keeps the non-blank rows, stops after {@code maxRows} + 1 of
	 * them, refuses a declared dimension of more rows than that.
	 */
	private static final class SheetHandler extends DefaultHandler {

		final List<TableRow> rows = new ArrayList<>();

		private final List<String> sharedStrings;

		private final @Nullable StylesTable styles;

		private final int maxRows;

		private final TextBudget budget;

		private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

		private final StringBuilder value = new StringBuilder();

		private int rowNumber;

		private List<String> cells = new ArrayList<>();

		private Map<Integer, String> problems = new HashMap<>();

		private int column;

		private @Nullable String type;

		private @Nullable String style;

		private boolean formula;

		private boolean hasValue;

		private boolean inValue;

		private boolean inInline;

		private boolean inText;

		private boolean inPhonetic;

		SheetHandler(List<String> sharedStrings, @Nullable StylesTable styles, int maxRows, TextBudget budget) {
			this.sharedStrings = sharedStrings;
			this.styles = styles;
			this.maxRows = maxRows;
			this.budget = budget;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "dimension" -> checkDimension(attributes.getValue("ref"));
				case "row" -> {
					String r = attributes.getValue("r");
					rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
					cells = new ArrayList<>();
					problems = new HashMap<>();
				}
				case "c" -> {
					String r = attributes.getValue("r");
					column = r == null ? cells.size() : new CellReference(r).getCol();
					type = attributes.getValue("t");
					style = attributes.getValue("s");
					formula = false;
					hasValue = false;
					value.setLength(0);
				}
				case "f" -> formula = true;
				case "v" -> {
					inValue = true;
					hasValue = true;
				}
				case "is" -> {
					inInline = true;
					hasValue = true;
				}
				case "rPh" -> inPhonetic = true;
				case "t" -> inText = inInline && !inPhonetic;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue || inText) {
				appendCapped(value, ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
				case "v" -> inValue = false;
				case "t" -> inText = false;
				case "rPh" -> inPhonetic = false;
				case "is" -> inInline = false;
				case "c" -> endCell();
				case "row" -> endRow();
				case "sheetData" -> throw new EnoughRows();
				default -> {
				}
			}
		}

		private void checkDimension(@Nullable String ref) {
			if (ref == null) {
				return;
			}
			try {
				CellRangeAddress range = CellRangeAddress.valueOf(ref);
				long declared = (long) range.getLastRow() - range.getFirstRow() + 1;
				if (declared > maxRows) {
					throw new TableTooLargeException("the sheet declares " + declared + " rows", true);
				}
			}
			catch (IllegalArgumentException e) {
				// a dimension we cannot read says nothing; the rows are counted as read
			}
		}

		private void endCell() {
			if (column >= MAX_COLUMNS) {
				return;
			}
			while (cells.size() < column) {
				cells.add("");
			}
			String text;
			if (formula && !hasValue) {
				problems.put(column, FORMULA_WITHOUT_VALUE);
				text = "";
			}
			else {
				text = text(value.toString());
			}
			budget.spend(text.length());
			if (cells.size() == column) {
				cells.add(text);
			}
			else {
				cells.set(column, text);
			}
		}

		private String text(String raw) {
			String t = type == null ? "n" : type;
			return switch (t) {
				case "s" -> {
					int index = Integer.parseInt(raw.strip());
					if (index < 0 || index >= sharedStrings.size()) {
						throw new IllegalArgumentException("no shared string " + index);
					}
					yield sharedStrings.get(index);
				}
				case "inlineStr", "str", "d" -> raw;
				case "b" -> String.valueOf("1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()));
				case "e" -> "";
				default -> number(raw.strip());
			};
		}

		private String number(String raw) {
			if (raw.isEmpty()) {
				return "";
			}
			double number;
			try {
				number = Double.parseDouble(raw);
			}
			catch (NumberFormatException e) {
				return raw;
			}
			if (style != null && styles != null) {
				try {
					XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
					if (cellStyle != null
							&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())) {
						return formatter.formatRawCellContents(number, cellStyle.getDataFormat(),
								cellStyle.getDataFormatString());
					}
				}
				catch (RuntimeException e) {
					// no usable style: the plain number
				}
			}
			return plain(number);
		}

		private void endRow() throws SAXException {
			TableRow row = new TableRow(rowNumber, cells, problems);
			if (row.isBlank()) {
				return;
			}
			rows.add(row);
			if (rows.size() > maxRows) {
				throw new EnoughRows();
			}
		}

	}

	private static void appendCapped(StringBuilder text, char[] ch, int start, int length) {
		int room = MAX_CELL_CHARS - text.length();
		if (room > 0) {
			text.append(ch, start, Math.min(room, length));
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
