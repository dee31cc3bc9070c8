package org.unionstations.portal.coverage;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What the demand point list is narrowed to; empty sets and nulls mean "any". */
public record DemandFilter(Set<DemandCategory> categories, @Nullable Long districtId, @Nullable String text) {

	public static final DemandFilter ALL = new DemandFilter(Set.of(), null, null);

	public DemandFilter {
		categories = Set.copyOf(categories);
		text = text == null || text.isBlank() ? null : text.strip();
	}

	public DemandFilter withCategories(Set<DemandCategory> categories) {
		return new DemandFilter(categories, districtId, text);
	}

	public DemandFilter withDistrictId(@Nullable Long districtId) {
		return new DemandFilter(categories, districtId, text);
	}

	public DemandFilter withText(@Nullable String text) {
		return new DemandFilter(categories, districtId, text);
	}

}
