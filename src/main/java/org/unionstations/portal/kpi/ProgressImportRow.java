package org.unionstations.portal.kpi;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.table.CheckedRow;

/**
 * One row of a progress file as checked: the cells as read, the entry it makes (when the
 * row has no problem) and every problem at its column.
 */
public record ProgressImportRow(int rowNumber, Map<ProgressColumn, String> values, @Nullable ProgressDraft draft,
		List<FieldProblem> problems) implements CheckedRow {

	public ProgressImportRow {
		values = Map.copyOf(values);
		problems = List.copyOf(problems);
	}

	public String value(ProgressColumn column) {
		return values.getOrDefault(column, "");
	}

}
