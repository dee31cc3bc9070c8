package org.unionstations.portal.programme;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.table.CheckedRow;

/**
 * One row of a smart-upgrade file as checked: the cells as read, the station it names
 * (when found) and every problem.
 */
public record UpgradeImportRow(int rowNumber, Map<UpgradeColumn, String> values, @Nullable ProgrammeStation station,
		@Nullable SmartUpgradeDraft draft, List<FieldProblem> problems) implements CheckedRow {

	public UpgradeImportRow {
		values = Map.copyOf(values);
		problems = List.copyOf(problems);
	}

	public String value(UpgradeColumn column) {
		return values.getOrDefault(column, "");
	}

}
