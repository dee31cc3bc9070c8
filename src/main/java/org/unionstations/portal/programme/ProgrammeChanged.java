package org.unionstations.portal.programme;

/**
 * Published after programme records were written (one event per save or bulk change), so
 * live boards can refresh.
 */
public record ProgrammeChanged(Programme programme, int year) {
}
