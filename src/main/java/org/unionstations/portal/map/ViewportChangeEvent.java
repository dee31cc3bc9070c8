package org.unionstations.portal.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The visible area changed (pan or zoom); bounds in WGS84. Debounced in the browser. */
@DomEvent(value = "us-viewport-change", debounce = @com.vaadin.flow.component.DebounceSettings(timeout = 250,
		phases = com.vaadin.flow.dom.DebouncePhase.TRAILING))
public class ViewportChangeEvent extends ComponentEvent<PortalMap> {

	private final double west;

	private final double south;

	private final double east;

	private final double north;

	private final int zoom;

	public ViewportChangeEvent(PortalMap source, boolean fromClient, @EventData("event.detail.west") double west,
			@EventData("event.detail.south") double south, @EventData("event.detail.east") double east,
			@EventData("event.detail.north") double north, @EventData("event.detail.zoom") int zoom) {
		super(source, fromClient);
		this.west = west;
		this.south = south;
		this.east = east;
		this.north = north;
		this.zoom = zoom;
	}

	public double getWest() {
		return west;
	}

	public double getSouth() {
		return south;
	}

	public double getEast() {
		return east;
	}

	public double getNorth() {
		return north;
	}

	public int getZoom() {
		return zoom;
	}

}
