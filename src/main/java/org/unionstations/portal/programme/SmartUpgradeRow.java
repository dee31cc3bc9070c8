package org.unionstations.portal.programme;

import java.time.Instant;

/**
 * One smart upgrade as its grid shows it: the station, the record's values, who saved it
 * last.
 */
public record SmartUpgradeRow(long id, long version, ProgrammeStation station, SmartUpgradeDraft values,
		Instant updatedAt, String updatedBy) {

	public UpgradeStatus status() {
		return values.status();
	}

}
