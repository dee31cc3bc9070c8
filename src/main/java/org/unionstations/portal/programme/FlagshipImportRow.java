package org.unionstations.portal.programme;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.table.CheckedRow;

/**
 * One row of a flagship file as checked: the cells as read, the station it names (when
 * found) and every problem.
 */
public record FlagshipImportRow(int rowNumber, Map<FlagshipColumn, String> values, @Nullable ProgrammeStation station,
		@Nullable FlagshipImportDraft draft, List<FieldProblem> problems) implements CheckedRow {

	public FlagshipImportRow {
		values = Map.copyOf(values);
		problems = List.copyOf(problems);
	}

	public String value(FlagshipColumn column) {
		return values.getOrDefault(column, "");
	}

}
