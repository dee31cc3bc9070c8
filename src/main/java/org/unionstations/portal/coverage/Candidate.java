package org.unionstations.portal.coverage;

/** A possible site for a new station (an uploaded candidate, or a hexagon centre). */
public record Candidate(String label, double longitude, double latitude) {
}
