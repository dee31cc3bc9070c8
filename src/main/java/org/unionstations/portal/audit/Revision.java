package org.unionstations.portal.audit;

import java.time.Instant;
import java.util.List;

/** One save of an audited entity: who, when, what it did, and the fields it changed. */
public record Revision(long id, ChangeAction action, Instant changedAt, String changedBy, List<FieldChange> changes) {

	public Revision {
		changes = List.copyOf(changes);
	}

}
