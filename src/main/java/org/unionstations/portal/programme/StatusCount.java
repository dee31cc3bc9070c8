package org.unionstations.portal.programme;

/** How many records of a grid's filter stand at one status. */
public record StatusCount<S extends Enum<S>>(S status, long count) {
}
