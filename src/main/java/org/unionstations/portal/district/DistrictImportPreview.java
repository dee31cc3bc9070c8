package org.unionstations.portal.district;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;

/**
 * What importing a district file would do, checked and not written: each feature with its
 * problems, overlaps and gaps between the boundaries, districts that would disappear (and
 * those that cannot), and the stations and demand points that would change district or
 * fall outside every district.
 *
 * @param properties the feature properties found in the file, for the mapping
 * @param removed the codes of current districts the file does not have (deleted on
 * commit)
 * @param cityCode the common parent code of the file's districts, if they share one
 * @param bounds the extent of the file's boundaries, to show them on a map
 */
public record DistrictImportPreview(String fileName, List<String> properties, DistrictMapping mapping,
		boolean repairConsent, List<FieldProblem> fileProblems, List<DistrictImportRow> rows,
		List<DistrictOverlap> overlaps, List<DistrictGap> gaps, List<DistrictRef> removed,
		List<RemovalBlocked> removalsBlocked, int stationsMoving, List<PlaceOutside> stationsOutside,
		int demandPointsMoving, List<PlaceOutside> demandPointsOutside, @Nullable String cityCode,
		@Nullable Bounds bounds) {

	/** Overlaps and gaps below this many km² are slivers of digitising, not reported. */
	public static final double TOLERANCE_KM2 = 0.01;

	public DistrictImportPreview {
		properties = List.copyOf(properties);
		fileProblems = List.copyOf(fileProblems);
		rows = List.copyOf(rows);
		overlaps = List.copyOf(overlaps);
		gaps = List.copyOf(gaps);
		removed = List.copyOf(removed);
		removalsBlocked = List.copyOf(removalsBlocked);
		stationsOutside = List.copyOf(stationsOutside);
		demandPointsOutside = List.copyOf(demandPointsOutside);
	}

	public long rowsWithProblems() {
		return rows.stream().filter(DistrictImportRow::hasProblems).count();
	}

	/**
	 * Whether the file can be imported as it is: readable, every feature clean, no
	 * removal blocked. Overlaps, gaps and places outside are reported, not refused.
	 */
	public boolean canCommit() {
		return fileProblems.isEmpty() && !rows.isEmpty() && rowsWithProblems() == 0 && removalsBlocked.isEmpty();
	}

}
