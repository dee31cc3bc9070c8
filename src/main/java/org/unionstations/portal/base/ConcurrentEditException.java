package org.unionstations.portal.base;

/**
 * Someone else saved the same record since the caller read it (optimistic locking).
 * Nothing was written; the caller should reload and apply their change again.
 */
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String what) {
		super(what + " was changed by someone else in the meantime");
	}

}
