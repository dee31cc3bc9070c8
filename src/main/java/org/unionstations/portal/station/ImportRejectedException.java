package org.unionstations.portal.station;

import java.util.List;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;

/**
 * An import was refused and nothing was written: the file, checked again when it was
 * committed, has problems (for example a station created meanwhile that a row now
 * duplicates). {@link #preview()} is the fresh check, to show in place of the old one.
 */
public class ImportRejectedException extends InvalidInputException {

	private final transient ImportPreview preview;

	public ImportRejectedException(ImportPreview preview) {
		super(problemsOf(preview));
		this.preview = preview;
	}

	public ImportPreview preview() {
		return preview;
	}

	private static List<FieldProblem> problemsOf(ImportPreview preview) {
		List<FieldProblem> problems = preview.allProblems();
		return problems.isEmpty() ? List.of(FieldProblem.of(StationImportService.FILE, "import.file.no-rows"))
				: problems;
	}

}
