package org.unionstations.portal.base;

/**
 * The record asked for does not exist (any more): a stale link, a mistyped id in a URL,
 * or someone else deleted it. Views show the "not found" page for it.
 */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String what) {
		super(what + " does not exist");
	}

}
