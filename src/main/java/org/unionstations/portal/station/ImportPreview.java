package org.unionstations.portal.station;

import java.util.List;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.CheckedTable;

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
		List<FieldProblem> fileProblems) implements CheckedTable<ImportRow> {

	public ImportPreview {
		rows = List.copyOf(rows);
		fileProblems = List.copyOf(fileProblems);
	}

}
