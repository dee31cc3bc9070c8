package org.unionstations.portal.kpi;

import java.util.List;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.CheckedTable;

/** A progress file checked row by row against a year's catalogue; nothing written. */
public record ProgressImportPreview(String fileName, int year, List<ProgressImportRow> rows,
		List<FieldProblem> fileProblems) implements CheckedTable<ProgressImportRow> {

	public ProgressImportPreview {
		rows = List.copyOf(rows);
		fileProblems = List.copyOf(fileProblems);
	}

	/** Progress files have no coordinates. */
	@Override
	public CoordinateSystem crs() {
		return CoordinateSystem.WGS84;
	}

}
