package org.unionstations.portal.base.table;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Comma-separated values as RFC 4180 describes them: fields in double quotes may hold
 * commas, line breaks and doubled quotes; records end with CRLF or LF. Files are UTF-8,
 * with or without a byte order mark. A file that is not valid UTF-8 is read as GB18030
 * instead, because that is what Excel on a Chinese Windows saves as "CSV".
 */
public final class Csv {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Charset GB18030 = Charset.forName("GB18030");

	private Csv() {
	}

	/**
	 * Every record of the file, numbered from 1 as a spreadsheet would show them; blank
	 * lines are records too (with one empty cell), so the numbers stay right.
	 * @throws TableFormatException when a quoted field is not closed, or the content is
	 * not text in UTF-8 or GB18030 (UTF-16, a workbook, an image)
	 */
	public static List<TableRow> read(byte[] content) {
		String text = decode(content);
		List<TableRow> rows = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i++);
			if (quoted) {
				if (c != '"') {
					field.append(c);
				}
				else if (i < n && text.charAt(i) == '"') {
					field.append('"');
					i++;
				}
				else {
					quoted = false;
				}
			}
			else if (c == '"' && field.isEmpty() && !fieldStarted) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i < n && text.charAt(i) == '\n') {
					i++;
				}
				record.add(field.toString());
				rows.add(new TableRow(rows.size() + 1, record));
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (quoted) {
			throw new TableFormatException("a quoted field is not closed", rows.size() + 1, null);
		}
		if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			rows.add(new TableRow(rows.size() + 1, record));
		}
		return rows;
	}

	/**
	 * The rows as CSV: UTF-8 with a byte order mark (so Excel recognises the encoding),
	 * CRLF line ends, and quotes only where a field needs them.
	 */
	public static byte[] write(List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(quote(row.get(i)));
			}
			out.append("\r\n");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(BOM);
		bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	static String quote(String value) {
		boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0 || (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
						|| Character.isWhitespace(value.charAt(value.length() - 1))));
		return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	private static String decode(byte[] content) {
		String notText = notText(content);
		if (notText != null) {
			throw new TableFormatException("not a UTF-8 or GB18030 text file", notText, null, null);
		}
		int start = startsWithBom(content) ? BOM.length : 0;
		ByteBuffer buffer = ByteBuffer.wrap(content, start, content.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(buffer)
				.toString();
		}
		catch (CharacterCodingException e) {
			return new String(content, start, content.length - start, GB18030);
		}
	}

	/**
	 * Why the content is not a text table, or null when it may be one: UTF-16 text (with
	 * or without a byte order mark: the zero bytes all at odd or all at even places), an
	 * Excel workbook with the wrong name, or anything else binary (an image, a document):
	 * control bytes that text never holds.
	 */
	static @Nullable String notText(byte[] content) {
		if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
				|| (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
			return "import.file.utf16";
		}
		if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
			return "import.file.workbook-named-csv";
		}
		int sample = Math.min(content.length, 8192);
		int zeros = 0;
		int zerosAtOdd = 0;
		int controls = 0;
		for (int i = 0; i < sample; i++) {
			int b = content[i] & 0xFF;
			if (b == 0) {
				zeros++;
				if (i % 2 == 1) {
					zerosAtOdd++;
				}
			}
			else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				controls++;
			}
		}
		if (zeros >= 4 && (zerosAtOdd * 10 >= zeros * 9 || zerosAtOdd * 10 <= zeros)) {
			return "import.file.utf16";
		}
		if (zeros >= 4 || controls * 100 > sample) {
			return "import.file.not-text";
		}
		return null;
	}

	private static boolean startsWithBom(byte[] content) {
		return content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
	}

}
