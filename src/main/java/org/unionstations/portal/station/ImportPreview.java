package org.unionstations.portal.station;

import java.util.ArrayList;
import java.util.List;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;

/**
 * What an import file would create, checked row by row against the registry, before
 * anything is written. Only a preview without any problem can be committed.
 *
 * @param crs the coordinate system the file's coordinates are in
 * @param rows the data rows (blank rows left out), in file order
 * @param fileProblems problems of the file as a whole (type, encoding, missing columns);
 * when there are any, no rows were read
 */
public record ImportPreview(String fileName, CoordinateSystem crs, List<ImportRow> rows,
		List<FieldProblem> fileProblems) {

	public ImportPreview {
		rows = List.copyOf(rows);
		fileProblems = List.copyOf(fileProblems);
	}

	public int rowCount() {
		return rows.size();
	}

	public int rowsWithProblems() {
		return (int) rows.stream().filter(ImportRow::hasProblems).count();
	}

	/** True when there is something to import and nothing wrong with it. */
	public boolean canCommit() {
		return fileProblems.isEmpty() && !rows.isEmpty() && rowsWithProblems() == 0;
	}

	/** The file's problems, then every row's. */
	public List<FieldProblem> allProblems() {
		List<FieldProblem> all = new ArrayList<>(fileProblems);
		rows.forEach(r -> all.addAll(r.problems()));
		return all;
	}

}
