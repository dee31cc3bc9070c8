package org.unionstations.portal.district;

/**
 * Two features of an imported file whose boundaries overlap by more than the tolerance.
 */
public record DistrictOverlap(int featureA, String codeA, String nameA, int featureB, String codeB, String nameB,
		double areaKm2) {
}
