package org.unionstations.portal.operator;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the reporting discipline board reads: the day it is as of (the last month due is
 * the month before) and one district, or every district when null.
 */
public record DisciplineFilter(LocalDate asOf, @Nullable Long districtId) {

	public DisciplineFilter withAsOf(LocalDate day) {
		return new DisciplineFilter(day, districtId);
	}

	public DisciplineFilter withDistrictId(@Nullable Long district) {
		return new DisciplineFilter(asOf, district);
	}

}
