package org.unionstations.portal.chart;

import java.util.Optional;

import com.vaadin.flow.component.ComponentEvent;

import org.jspecify.annotations.Nullable;

/**
 * A category was clicked: one of its bars or points (the series is known), its axis label
 * or the empty band around it (no series). For drill-down: a district's bar → that
 * district. Keys are the ones of the chart shown when the user clicked, checked on the
 * server against it.
 */
public class ChartClickEvent extends ComponentEvent<PortalChart> {

	private final int categoryIndex;

	private final String categoryKey;

	private final @Nullable String seriesKey;

	public ChartClickEvent(PortalChart source, boolean fromClient, int categoryIndex, String categoryKey,
			@Nullable String seriesKey) {
		super(source, fromClient);
		this.categoryIndex = categoryIndex;
		this.categoryKey = categoryKey;
		this.seriesKey = seriesKey;
	}

	public int getCategoryIndex() {
		return categoryIndex;
	}

	public String getCategoryKey() {
		return categoryKey;
	}

	/** The series of the clicked bar or point; empty for a click on a label or band. */
	public Optional<String> getSeriesKey() {
		return Optional.ofNullable(seriesKey);
	}

}
