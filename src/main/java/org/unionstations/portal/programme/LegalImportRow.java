package org.unionstations.portal.programme;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.table.CheckedRow;

/**
 * One row of a legal-service add-on file as checked: the cells as read, the station it
 * names (when found) and every problem.
 */
public record LegalImportRow(int rowNumber, Map<LegalColumn, String> values, @Nullable ProgrammeStation station,
		@Nullable LegalAddOnDraft draft, List<FieldProblem> problems) implements CheckedRow {

	public LegalImportRow {
		values = Map.copyOf(values);
		problems = List.copyOf(problems);
	}

	public String value(LegalColumn column) {
		return values.getOrDefault(column, "");
	}

}
