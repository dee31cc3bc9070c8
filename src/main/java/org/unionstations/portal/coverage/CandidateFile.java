package org.unionstations.portal.coverage;

import java.util.List;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.CheckedTable;

/**
 * An uploaded file of candidate sites, checked row by row. Its candidates are used only
 * when nothing in it is wrong.
 */
public record CandidateFile(String fileName, CoordinateSystem crs, List<CandidateRow> rows,
		List<FieldProblem> fileProblems) implements CheckedTable<CandidateRow> {

	public CandidateFile {
		rows = List.copyOf(rows);
		fileProblems = List.copyOf(fileProblems);
	}

	/** The candidate sites (WGS84) in file order; none while the file has problems. */
	public List<Candidate> candidates() {
		if (!canCommit()) {
			return List.of();
		}
		return rows.stream().map(r -> new Candidate(r.name(), r.longitude(), r.latitude())).toList();
	}

}
