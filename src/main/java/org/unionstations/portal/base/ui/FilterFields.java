package org.unionstations.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasPlaceholder;

/**
 * What every filter field of the portal shares: an empty filter matches everything, so it
 * says "全部" / "All" instead of showing a blank box.
 */
public final class FilterFields {

	/** The message key of the caption of an empty filter. */
	public static final String ALL = "filter.all";

	private FilterFields() {
	}

	/** Shows "全部" / "All" in the field while nothing is chosen; returns the field. */
	public static <F extends Component & HasPlaceholder> F allWhenEmpty(F field) {
		field.setPlaceholder(field.getTranslation(ALL));
		return field;
	}

}
