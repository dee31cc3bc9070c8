package org.unionstations.portal.coverage;

import java.util.List;

/**
 * What one run of the coverage analyses found, as the coverage view shows it: the
 * district table, the uncovered demand, the uncovered area and, once suggested, the new
 * sites.
 *
 * @param candidatesUploaded whether the sites were chosen from uploaded candidates (whose
 * names mean something) rather than from hexagon centres
 */
public record CoverageResults(List<CoverageRow> rows, List<UncoveredPoint> uncovered, List<UncoveredArea> area,
		List<SitingSuggestion> suggestions, boolean candidatesUploaded) {

	public CoverageResults {
		rows = List.copyOf(rows);
		uncovered = List.copyOf(uncovered);
		area = List.copyOf(area);
		suggestions = List.copyOf(suggestions);
	}

	/** Coverage without siting suggestions. */
	public CoverageResults(List<CoverageRow> rows, List<UncoveredPoint> uncovered, List<UncoveredArea> area) {
		this(rows, uncovered, area, List.of(), false);
	}

	public CoverageResults withSuggestions(List<SitingSuggestion> suggestions, boolean candidatesUploaded) {
		return new CoverageResults(rows, uncovered, area, suggestions, candidatesUploaded);
	}

}
