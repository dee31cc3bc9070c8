package org.unionstations.portal.programme;

import java.util.List;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.CheckedTable;

/** A flagship file checked row by row; nothing written. */
public record FlagshipImportPreview(String fileName, List<FlagshipImportRow> rows,
		List<FieldProblem> fileProblems) implements CheckedTable<FlagshipImportRow> {

	public FlagshipImportPreview {
		rows = List.copyOf(rows);
		fileProblems = List.copyOf(fileProblems);
	}

	/** Programme files have no coordinates. */
	@Override
	public CoordinateSystem crs() {
		return CoordinateSystem.WGS84;
	}

}
