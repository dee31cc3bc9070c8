package org.unionstations.portal.district;

import java.util.List;

/**
 * What an import did: districts added, updated and deleted, stations and demand points
 * given another district, and those now outside every district (they keep none).
 */
public record DistrictImportResult(int added, int updated, List<String> deletedCodes, int stationsReassigned,
		List<PlaceOutside> stationsOutside, int demandPointsReassigned, List<PlaceOutside> demandPointsOutside) {

	public DistrictImportResult {
		deletedCodes = List.copyOf(deletedCodes);
		stationsOutside = List.copyOf(stationsOutside);
		demandPointsOutside = List.copyOf(demandPointsOutside);
	}

}
