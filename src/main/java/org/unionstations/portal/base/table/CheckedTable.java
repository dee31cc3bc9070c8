package org.unionstations.portal.base.table;

import java.util.ArrayList;
import java.util.List;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;

/**
 * What an import file holds, checked row by row before anything is used or written. Only
 * a table without any problem can be committed.
 *
 * @param <R> the feature's row
 */
public interface CheckedTable<R extends CheckedRow> {

	String fileName();

	/** The coordinate system the file's coordinates are in. */
	CoordinateSystem crs();

	/** The data rows (blank rows left out), in file order. */
	List<R> rows();

	/**
	 * Problems of the file as a whole (type, encoding, missing columns); when there are
	 * any, no rows were read.
	 */
	List<FieldProblem> fileProblems();

	default int rowCount() {
		return rows().size();
	}

	default int rowsWithProblems() {
		return (int) rows().stream().filter(CheckedRow::hasProblems).count();
	}

	/** True when there is something to import and nothing wrong with it. */
	default boolean canCommit() {
		return fileProblems().isEmpty() && !rows().isEmpty() && rowsWithProblems() == 0;
	}

	/** The file's problems, then every row's. */
	default List<FieldProblem> allProblems() {
		List<FieldProblem> all = new ArrayList<>(fileProblems());
		rows().forEach(r -> all.addAll(r.problems()));
		return all;
	}

}
