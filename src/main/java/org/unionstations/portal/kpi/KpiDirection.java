package org.unionstations.portal.kpi;

/**
 * What the target asks: reach at least (built up over the year), stay at most (a limit
 * spent over the year), or keep at least (a level to be held all year, such as 25
 * mother-baby rooms open).
 */
public enum KpiDirection {

	AT_LEAST, AT_MOST, KEEP_AT_LEAST;

	/** A level held all year: the expected value is the target itself on every day. */
	public boolean level() {
		return this == KEEP_AT_LEAST;
	}

}
