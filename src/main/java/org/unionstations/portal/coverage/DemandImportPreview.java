package org.unionstations.portal.coverage;

import java.util.List;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.CheckedTable;

/**
 * What a demand point file would create, checked row by row against the demand points
 * there are, before anything is written. Only a preview without any problem can be
 * committed.
 */
public record DemandImportPreview(String fileName, CoordinateSystem crs, List<DemandImportRow> rows,
		List<FieldProblem> fileProblems) implements CheckedTable<DemandImportRow> {

	public DemandImportPreview {
		rows = List.copyOf(rows);
		fileProblems = List.copyOf(fileProblems);
	}

}
