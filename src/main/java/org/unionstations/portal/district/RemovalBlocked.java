package org.unionstations.portal.district;

import java.util.List;

/**
 * A district the file no longer has that cannot be deleted, because records other than
 * stations and demand points (which follow the new boundaries) still refer to it.
 *
 * @param references the referring tables, as {@code district.import.reference.<table>}
 * keys' table names, each with how many rows refer to it
 */
public record RemovalBlocked(String code, String nameZh, String nameEn, List<Reference> references) {

	public RemovalBlocked {
		references = List.copyOf(references);
	}

	public record Reference(String table, long rows) {
	}

}
