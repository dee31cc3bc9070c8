package org.unionstations.portal.coverage;

/** One hexagon of the analysis grid with the uncovered demand inside it. */
public record HexCell(String geometryGeoJson, long uncoveredPoints, long uncoveredWorkers) {
}
