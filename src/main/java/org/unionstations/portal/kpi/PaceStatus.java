package org.unionstations.portal.kpi;

/**
 * Where a KPI stands against its pace: {@link #REACHED} the year's target already (or,
 * for a level, holds it), {@link #AHEAD} / {@link #ON_TRACK} / {@link #BEHIND} the value
 * expected by the measured date, {@link #TOO_EARLY} when nothing of the year is measured
 * yet.
 */
public enum PaceStatus {

	REACHED, AHEAD, ON_TRACK, BEHIND, TOO_EARLY

}
