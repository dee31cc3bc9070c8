package org.unionstations.portal.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The visible area changed (pan, zoom, resize), and once after the map is first laid out;
 * bounds in WGS84, size in CSS pixels. Debounced in the browser (150 ms after the map
 * stops moving), so one gesture sends one event.
 */
@DomEvent("us-viewport-change")
public class ViewportChangeEvent extends ComponentEvent<PortalMap> {

	private final double west;

	private final double south;

	private final double east;

	private final double north;

	private final int zoom;

	private final int widthPx;

	private final int heightPx;

	public ViewportChangeEvent(PortalMap source, boolean fromClient, @EventData("event.detail.west") double west,
			@EventData("event.detail.south") double south, @EventData("event.detail.east") double east,
			@EventData("event.detail.north") double north, @EventData("event.detail.zoom") int zoom,
			@EventData("event.detail.width") int widthPx, @EventData("event.detail.height") int heightPx) {
		super(source, fromClient);
		this.west = west;
		this.south = south;
		this.east = east;
		this.north = north;
		this.zoom = zoom;
		this.widthPx = widthPx;
		this.heightPx = heightPx;
	}

	/** The new viewport as a value. */
	public Viewport viewport() {
		return new Viewport(west, south, east, north, zoom, widthPx, heightPx);
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

	/** The map's width on screen in CSS pixels. */
	public int getWidthPx() {
		return widthPx;
	}

	/** The map's height on screen in CSS pixels. */
	public int getHeightPx() {
		return heightPx;
	}

}
