package org.unionstations.portal.security;

/** What decides whether a signed-in session of a user still counts. */
record SessionState(boolean enabled, long sessionEpoch) {

	boolean admits(PortalUser session) {
		return enabled && session.getSessionEpoch() >= sessionEpoch;
	}

}
