package org.unionstations.portal.programme;

import org.unionstations.portal.base.AuditedEntity;
import org.unionstations.portal.base.ConcurrentEditException;

/** The version check every programme save makes before writing. */
final class ProgrammeVersions {

	private ProgrammeVersions() {
	}

	/** Refuses a save from a stale read, naming who saved the record since and when. */
	static void require(String entityType, AuditedEntity entity, long expectedVersion) {
		if (entity.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(entityType, entity.getUpdatedBy(), entity.getUpdatedAt());
		}
	}

}
