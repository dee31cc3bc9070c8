package org.unionstations.portal.programme;

/**
 * What the flagship readiness score measures, each from the station's own data.
 * Translations: {@code programme.flagship.criterion.<NAME>}.
 */
public enum FlagshipCriterion {

	/** How many services the station offers. */
	SERVICES_OFFERED,
	/** Opening hours per week (24 hours a day counts 168). */
	HOURS_PER_WEEK,
	/** People served per month, averaged over the last three reported months. */
	PEOPLE_PER_MONTH,
	/** 1 when a legal-service add-on is active at the station. */
	LEGAL_SERVICE_ACTIVE,
	/** 1 when a smart upgrade of the station was accepted. */
	SMART_UPGRADE_ACCEPTED,
	/** Activities held this year (all report categories). */
	ACTIVITIES_THIS_YEAR;

	/** Yes/no criteria: met or not, with target 1. */
	public boolean isYesNo() {
		return this == LEGAL_SERVICE_ACTIVE || this == SMART_UPGRADE_ACCEPTED;
	}

}
