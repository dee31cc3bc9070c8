package org.unionstations.portal.base.table;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) as text rows, as a stream: POI's
 * {@link XSSFReader} with SAX handlers of our own, from a temporary file, so memory
 * depends on the rows kept (at most a table import's row limit), never on the file.
 */
public final class XlsxReader {

	/** The message key of a formula cell that holds no computed value. */
	public static final String FORMULA_WITHOUT_VALUE = "import.problem.formula-without-value";

	/** Columns read; cells to the right of them are left out. */
	public static final int MAX_COLUMNS = 64;

	/** Rows of a sheet at most (Excel's own limit). */
	private static final int EXCEL_MAX_ROWS = 1_048_576;

	/** Characters of one cell at most (Excel's own limit). */
	static final int MAX_CELL_CHARS = 32_767;

	/** Shared strings a workbook may hold for an import. */
	static final int MAX_SHARED_STRINGS = 1_000_000;

	/** Characters of text (shared strings and cells kept) a workbook may hold. */
	static final long MAX_TEXT_CHARS = 16_000_000;

	private XlsxReader() {
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
				XlsxSheetHandler handler = new XlsxSheetHandler(sharedStrings, styles, maxRows, budget);
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

	/** Signals that a handler has read all it needs. */
	static final class EnoughRows extends SAXException {

		EnoughRows() {
			super("enough rows");
		}

	}

	/**
	 * The text a file may hold in memory: shared strings and the cells kept, in
	 * characters; more is refused as too large.
	 */
	static final class TextBudget {

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

	static void appendCapped(StringBuilder text, char[] ch, int start, int length) {
		int room = MAX_CELL_CHARS - text.length();
		if (room > 0) {
			text.append(ch, start, Math.min(room, length));
		}
	}

	/**
	 * 114.322 as "114.322", 13707150397 as "13707150397": what was typed, not 1.37E10.
	 */
	static String plain(double value) {
		if (!Double.isFinite(value)) {
			return String.valueOf(value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
