package org.unionstations.portal.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The map itself was clicked (location picking); WGS84, already shifted back from GCJ-02
 * tiles.
 */
@DomEvent("us-map-click")
public class MapClickEvent extends ComponentEvent<PortalMap> {

	private final double longitude;

	private final double latitude;

	public MapClickEvent(PortalMap source, boolean fromClient, @EventData("event.detail.lon") double longitude,
			@EventData("event.detail.lat") double latitude) {
		super(source, fromClient);
		this.longitude = longitude;
		this.latitude = latitude;
	}

	public double getLongitude() {
		return longitude;
	}

	public double getLatitude() {
		return latitude;
	}

}
