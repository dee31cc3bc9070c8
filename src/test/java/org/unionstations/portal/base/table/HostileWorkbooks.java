package org.unionstations.portal.base.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * .xlsx files written part by part, as an attacker would: a sheet of very many small
 * cells (with or without a declared dimension) that compresses to little, or a huge table
 * of shared strings. The smallest package Excel and POI open.
 */
public final class HostileWorkbooks {

	private HostileWorkbooks() {
	}

	/**
	 * A header row of {@code columns} names, then {@code rows} rows of {@code columns}
	 * one-digit number cells.
	 * @param declareDimension whether the sheet says how large it is
	 */
	public static byte[] manySmallCells(int rows, int columns, boolean declareDimension) {
		return manySmallCells(rows, columns, declareDimension, 4);
	}

	/**
	 * As {@link #manySmallCells(int, int, boolean)}, the cells holding one of
	 * {@code digits} digits at random: fewer compress better (POI refuses files inflated
	 * more than 100 times).
	 */
	public static byte[] manySmallCells(int rows, int columns, boolean declareDimension, int digits) {
		Random random = new Random(7);
		return workbook(sheet -> {
			sheet.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
			if (declareDimension) {
				sheet.write("<dimension ref=\"A1:" + column(columns - 1) + (rows + 1) + "\"/>");
			}
			sheet.write("<sheetData><row r=\"1\">");
			for (int c = 0; c < columns; c++) {
				sheet.write("<c t=\"inlineStr\"><is><t>h" + c + "</t></is></c>");
			}
			sheet.write("</row>");
			for (int r = 0; r < rows; r++) {
				sheet.write("<row>");
				for (int c = 0; c < columns; c++) {
					// random enough to pass POI's guard against zip bombs (inflated at
					// most 100
					// times), alike enough to pack millions of cells into a megabyte
					sheet.write("<c><v>" + (1 + random.nextInt(digits)) + "</v></c>");
				}
				sheet.write("</row>");
			}
			sheet.write("</sheetData></worksheet>");
		}, null);
	}

	/**
	 * One header cell and one data row, and a shared strings part of {@code count}
	 * strings.
	 */
	public static byte[] manySharedStrings(int count) {
		Random random = new Random(7);
		return workbook(sheet -> sheet
			.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
					+ "<row r=\"1\"><c t=\"s\"><v>0</v></c></row><row r=\"2\"><c t=\"s\"><v>1</v></c></row>"
					+ "</sheetData></worksheet>"),
				strings -> {
					strings.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
					for (int i = 0; i < count; i++) {
						strings.write("<si><t>" + (i < 2 ? i : random.nextInt(1000)) + "</t></si>");
					}
					strings.write("</sst>");
				});
	}

	/** A workbook of one sheet, its part's XML as given. */
	public static byte[] withSheet(String sheetXml) {
		return workbook(sheet -> sheet.write(sheetXml), null);
	}

	static String column(int index) {
		StringBuilder name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}

	interface Part {

		void write(Writer out) throws IOException;

	}

	private static byte[] workbook(Part sheet, Part sharedStrings) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(9);
			String strings = sharedStrings == null ? ""
					: "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
			put(zip, "[Content_Types].xml", out -> out
				.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
						+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
						+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
						+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
						+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
						+ strings + "</Types>"));
			put(zip, "_rels/.rels", out -> out
				.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
						+ "</Relationships>"));
			put(zip, "xl/workbook.xml", out -> out.write(
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
							+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
							+ "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
			put(zip, "xl/_rels/workbook.xml.rels", out -> out
				.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
						+ (sharedStrings == null ? ""
								: "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
						+ "</Relationships>"));
			put(zip, "xl/worksheets/sheet1.xml", sheet);
			if (sharedStrings != null) {
				put(zip, "xl/sharedStrings.xml", sharedStrings);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, Part part) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		part.write(out);
		out.flush();
		zip.closeEntry();
	}

}
