package org.unionstations.portal.station;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.table.CheckedRow;
import org.unionstations.portal.district.DistrictRef;

/**
 * One data row of an import file as the preview shows it.
 *
 * @param rowNumber the row's number as the file shows it (the header is row 1)
 * @param values the cells as read, by column
 * @param type the type, when the cell names one
 * @param status the status (planned when the cell is empty), when the cell names one
 * @param longitude WGS84, when the coordinates are numbers
 * @param latitude WGS84, when the coordinates are numbers
 * @param district the district the point lies in, when it lies in the city
 * @param problems every problem of the row; field names are {@link StationColumn#field()}
 * or {@code location} for the point as a whole
 */
public record ImportRow(int rowNumber, Map<StationColumn, String> values, @Nullable StationType type,
		@Nullable StationStatus status, @Nullable Double longitude, @Nullable Double latitude,
		@Nullable DistrictRef district, List<FieldProblem> problems) implements CheckedRow {

	public ImportRow {
		EnumMap<StationColumn, String> copy = new EnumMap<>(StationColumn.class);
		copy.putAll(values);
		values = Collections.unmodifiableMap(copy);
		problems = List.copyOf(problems);
	}

	/** The cell of a column as read, or the empty text. */
	public String value(StationColumn column) {
		return values.getOrDefault(column, "");
	}

	public String name() {
		return value(StationColumn.NAME);
	}

}
