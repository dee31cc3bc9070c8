package org.unionstations.portal.programme;

/** The year's station programmes. Translations: {@code programme.<NAME>}. */
public enum Programme {

	SMART_UPGRADE, LEGAL_SERVICE, FLAGSHIP

}
