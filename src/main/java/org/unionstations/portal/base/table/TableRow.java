package org.unionstations.portal.base.table;

import java.util.List;

/**
 * One row read from a CSV or spreadsheet file.
 *
 * @param number the row's number as a spreadsheet shows it: 1 is the first row of the
 * file (usually the header)
 * @param cells the cells as text, in column order; missing cells at the end are absent
 */
public record TableRow(int number, List<String> cells) {

	public TableRow {
		cells = List.copyOf(cells);
	}

	/** The cell in column {@code index} (0-based), or the empty text if there is none. */
	public String cell(int index) {
		return index < cells.size() ? cells.get(index) : "";
	}

	/** True when every cell is empty or white space. */
	public boolean isBlank() {
		return cells.stream().allMatch(String::isBlank);
	}

}
