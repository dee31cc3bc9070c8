package org.unionstations.portal.coverage;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.table.CheckedRow;

/**
 * One row of a candidate sites file.
 *
 * @param longitude WGS84, when the coordinates are numbers in range
 * @param latitude WGS84, when the coordinates are numbers in range
 * @param problems field names are {@link CandidateColumn#field()} or {@code location}
 */
public record CandidateRow(int rowNumber, String name, @Nullable Double longitude, @Nullable Double latitude,
		List<FieldProblem> problems) implements CheckedRow {

	public CandidateRow {
		problems = List.copyOf(problems);
	}

}
