package org.unionstations.portal.district;

/**
 * Published when an import replaced the districts (and re-assigned stations and demand
 * points): figures per district are stale.
 */
public record DistrictsChanged() {
}
