package org.unionstations.portal.programme;

import java.util.List;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.CheckedTable;

/** A legal-service add-on file checked row by row; nothing written. */
public record LegalImportPreview(String fileName, List<LegalImportRow> rows,
		List<FieldProblem> fileProblems) implements CheckedTable<LegalImportRow> {

	public LegalImportPreview {
		rows = List.copyOf(rows);
		fileProblems = List.copyOf(fileProblems);
	}

	/** Programme files have no coordinates. */
	@Override
	public CoordinateSystem crs() {
		return CoordinateSystem.WGS84;
	}

}
