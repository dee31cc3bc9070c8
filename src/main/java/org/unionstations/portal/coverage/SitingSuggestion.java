package org.unionstations.portal.coverage;

/**
 * A suggested new site, in the order the greedy algorithm chose them: the workers it
 * newly covers and the city's worker coverage for the type once it (and the ones before
 * it) are built.
 */
public record SitingSuggestion(int rank, String label, double longitude, double latitude, long addedWorkers,
		long addedPoints, double cityCoveragePercentAfter) {
}
