package org.unionstations.portal.base.table;

import java.util.List;
import java.util.Map;

/**
 * One row read from a CSV or spreadsheet file.
 *
 * @param number the row's number as a spreadsheet shows it: 1 is the first row of the
 * file (usually the header)
 * @param cells the cells as text, in column order; missing cells at the end are absent
 * @param cellProblems cells whose value could not be read, by column index (0-based): the
 * translation key of the reason (their text in {@code cells} is empty)
 */
public record TableRow(int number, List<String> cells, Map<Integer, String> cellProblems) {

	public TableRow {
		cells = List.copyOf(cells);
		cellProblems = Map.copyOf(cellProblems);
	}

	public TableRow(int number, List<String> cells) {
		this(number, cells, Map.of());
	}

	/** The cell in column {@code index} (0-based), or the empty text if there is none. */
	public String cell(int index) {
		return index < cells.size() ? cells.get(index) : "";
	}

	/** True when every cell is empty or white space and none is unreadable. */
	public boolean isBlank() {
		return cellProblems.isEmpty() && cells.stream().allMatch(String::isBlank);
	}

}
