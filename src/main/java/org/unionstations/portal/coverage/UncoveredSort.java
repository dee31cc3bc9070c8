package org.unionstations.portal.coverage;

/** The order of the uncovered list. */
public enum UncoveredSort {

	/** Most workers first, then by id; distances computed for the page's rows only. */
	WORKERS,

	/**
	 * Farthest from a counted station first (no station at all counts as farthest), then
	 * by id; needs the run's distances ({@link CoverageService#distancesReady}).
	 */
	DISTANCE

}
