package org.unionstations.portal.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The browser has finished drawing a chart (animations included): which one (the
 * {@link PortalChart#getVersion() version} of the spec) and how long it took there from
 * receiving the spec.
 */
@DomEvent("us-chart-rendered")
public class ChartRenderedEvent extends ComponentEvent<PortalChart> {

	private final int version;

	private final double millis;

	public ChartRenderedEvent(PortalChart source, boolean fromClient, @EventData("event.detail.version") int version,
			@EventData("event.detail.millis") double millis) {
		super(source, fromClient);
		this.version = version;
		this.millis = millis;
	}

	public int getVersion() {
		return version;
	}

	public double getMillis() {
		return millis;
	}

}
