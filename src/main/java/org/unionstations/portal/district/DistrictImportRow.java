package org.unionstations.portal.district;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;

/**
 * One feature of an imported district file as checked.
 *
 * @param feature its position in the file, from 1
 * @param existing whether a district with this code exists (it is updated, else added)
 * @param areaKm2 the area of the boundary as it would be saved (repaired when it had to
 * be), 0 when unknown
 * @param invalidReason PostGIS's {@code ST_IsValidReason} when the geometry is not valid
 * @param repaired whether {@code ST_MakeValid} repaired it, with the admin's consent
 * @param geometryGeoJson the boundary as it would be saved, for the preview map
 */
public record DistrictImportRow(int feature, @Nullable String code, @Nullable String nameZh, @Nullable String nameEn,
		boolean existing, double areaKm2, boolean valid, @Nullable String invalidReason, boolean repaired,
		@Nullable String geometryGeoJson, List<FieldProblem> problems) {

	public DistrictImportRow {
		problems = List.copyOf(problems);
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

}
