package org.unionstations.portal.base;

/** What the frame around the views needs to know of whoever is signed in. */
public interface SignedInUser {

	String getDisplayName();

}
