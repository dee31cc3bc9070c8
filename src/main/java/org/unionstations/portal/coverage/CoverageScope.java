package org.unionstations.portal.coverage;

import java.util.List;

import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

/**
 * Which stations count for an analysis: those of one type that are open, or — to see the
 * "after building" picture — also the planned ones and those under construction.
 */
public record CoverageScope(StationType type, boolean includePlanned) {

	public List<String> statuses() {
		return includePlanned ? List.of(StationStatus.OPEN.name(), StationStatus.PLANNED.name(),
				StationStatus.UNDER_CONSTRUCTION.name()) : List.of(StationStatus.OPEN.name());
	}

}
