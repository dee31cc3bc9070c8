package org.unionstations.portal.base.table;

import java.util.List;

import org.unionstations.portal.base.FieldProblem;

/** One data row of an import file, checked: where it is in the file and what is wrong. */
public interface CheckedRow {

	/** The row's number as the file shows it (the header is row 1). */
	int rowNumber();

	/** Every problem of the row, in column order; empty when the row is fine. */
	List<FieldProblem> problems();

	default boolean hasProblems() {
		return !problems().isEmpty();
	}

}
