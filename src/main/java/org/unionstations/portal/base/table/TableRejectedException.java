package org.unionstations.portal.base.table;

import java.util.List;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;

/**
 * An import was refused and nothing was written: the file, checked again when it was
 * committed, has problems. {@link #preview()} is the fresh check, to show in place of the
 * old one.
 */
public class TableRejectedException extends InvalidInputException {

	private final transient CheckedTable<?> preview;

	public TableRejectedException(CheckedTable<?> preview) {
		super(problemsOf(preview));
		this.preview = preview;
	}

	public CheckedTable<?> preview() {
		return preview;
	}

	private static List<FieldProblem> problemsOf(CheckedTable<?> preview) {
		List<FieldProblem> problems = preview.allProblems();
		return problems.isEmpty() ? List.of(FieldProblem.of(TableImport.FILE, "import.file.no-rows")) : problems;
	}

}
