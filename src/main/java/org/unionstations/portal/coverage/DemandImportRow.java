package org.unionstations.portal.coverage;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.table.CheckedRow;
import org.unionstations.portal.district.DistrictRef;

/**
 * One data row of a demand point file as the preview shows it.
 *
 * @param rowNumber the row's number as the file shows it (the header is row 1)
 * @param values the cells as read, by column
 * @param category the category, when the cell names one
 * @param workers the number of workers, when the cell holds a whole number in range
 * @param longitude WGS84, when the coordinates are numbers in range
 * @param latitude WGS84, when the coordinates are numbers in range
 * @param district the district the point lies in, when it lies in the city
 * @param problems every problem of the row; field names are {@link DemandColumn#field()}
 * or {@code location} for the point as a whole
 */
public record DemandImportRow(int rowNumber, Map<DemandColumn, String> values, @Nullable DemandCategory category,
		@Nullable Integer workers, @Nullable Double longitude, @Nullable Double latitude,
		@Nullable DistrictRef district, List<FieldProblem> problems) implements CheckedRow {

	public DemandImportRow {
		values = Map.copyOf(values);
		problems = List.copyOf(problems);
	}

	/** The cell of a column as read, or the empty text. */
	public String value(DemandColumn column) {
		return values.getOrDefault(column, "");
	}

	public String name() {
		return value(DemandColumn.NAME);
	}

}
