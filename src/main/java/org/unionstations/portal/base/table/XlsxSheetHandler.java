package org.unionstations.portal.base.table;

import static org.unionstations.portal.base.table.XlsxReader.FORMULA_WITHOUT_VALUE;
import static org.unionstations.portal.base.table.XlsxReader.MAX_COLUMNS;
import static org.unionstations.portal.base.table.XlsxReader.appendCapped;
import static org.unionstations.portal.base.table.XlsxReader.plain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import org.unionstations.portal.base.table.XlsxReader.EnoughRows;
import org.unionstations.portal.base.table.XlsxReader.TextBudget;

/**
 * A worksheet part: keeps the non-blank rows, stops after {@code maxRows} + 1 of them,
 * refuses a declared dimension of more rows than that.
 */
final class XlsxSheetHandler extends DefaultHandler {

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

	XlsxSheetHandler(List<String> sharedStrings, @Nullable StylesTable styles, int maxRows, TextBudget budget) {
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
