package org.unionstations.portal.district;

/** A WGS84 bounding box. */
public record Bounds(double west, double south, double east, double north) {
}
