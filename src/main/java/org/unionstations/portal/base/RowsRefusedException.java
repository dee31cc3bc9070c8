package org.unionstations.portal.base;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A batch (a bulk change) refused as a whole: every refused record with its problems.
 * Nothing was written.
 */
public class RowsRefusedException extends RuntimeException {

	/** One refused record: its id, its station's name and what is wrong. */
	public record RefusedRow(long id, String stationName, List<FieldProblem> problems) {

		public RefusedRow {
			problems = List.copyOf(problems);
		}

	}

	private final List<RefusedRow> rows;

	public RowsRefusedException(List<RefusedRow> rows) {
		super(rows.stream()
			.map(r -> r.id() + " " + r.problems().stream().map(FieldProblem::messageKey).toList())
			.collect(Collectors.joining("; ")));
		this.rows = List.copyOf(rows);
	}

	public List<RefusedRow> rows() {
		return rows;
	}

}
