package org.unionstations.portal.programme;

import java.util.List;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.CheckedTable;

/** A smart-upgrade file checked row by row; nothing written. */
public record UpgradeImportPreview(String fileName, List<UpgradeImportRow> rows,
		List<FieldProblem> fileProblems) implements CheckedTable<UpgradeImportRow> {

	public UpgradeImportPreview {
		rows = List.copyOf(rows);
		fileProblems = List.copyOf(fileProblems);
	}

	/** Programme files have no coordinates. */
	@Override
	public CoordinateSystem crs() {
		return CoordinateSystem.WGS84;
	}

}
