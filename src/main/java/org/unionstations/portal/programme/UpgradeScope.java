package org.unionstations.portal.programme;

/**
 * What a smart upgrade installs. Translations: {@code programme.upgrade.scope.<NAME>}.
 */
public enum UpgradeScope {

	SMART_ACCESS, ENVIRONMENT_SENSORS, SELF_SERVICE_TERMINAL, ONLINE_BOOKING, VISITOR_COUNTING, VIDEO, SMART_LOCKERS

}
