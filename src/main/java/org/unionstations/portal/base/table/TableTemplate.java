package org.unionstations.portal.base.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The template of a table import, as an Excel workbook: the first sheet (the one imports
 * read) holds only the column headers, to fill in; the second holds what the file must
 * hold and example rows, which therefore never end up in the data.
 */
public final class TableTemplate {

	private TableTemplate() {
	}

	/**
	 * @param dataSheet the first sheet's name
	 * @param header the column headers, in the language of the user
	 * @param guideSheet the second sheet's name
	 * @param guide lines of instructions, above the example
	 * @param examples example rows under a copy of the headers
	 */
	public static byte[] xlsx(String dataSheet, List<String> header, String guideSheet, List<String> guide,
			List<List<String>> examples) {
		List<List<Object>> guideRows = new ArrayList<>();
		for (String line : guide.subList(1, guide.size())) {
			guideRows.add(List.of(line));
		}
		guideRows.add(List.of());
		guideRows.add(List.copyOf(header));
		for (List<String> example : examples) {
			guideRows.add(List.copyOf(example));
		}
		return Xlsx.write(List.of(new Xlsx.SheetData(dataSheet, header, List.of(), List.of()),
				new Xlsx.SheetData(guideSheet, List.of(guide.getFirst()), List.of(), guideRows)));
	}

}
