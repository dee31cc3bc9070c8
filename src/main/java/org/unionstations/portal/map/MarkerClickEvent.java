package org.unionstations.portal.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A marker (or a clickable shape) was clicked; the position is WGS84. */
@DomEvent("us-marker-click")
public class MarkerClickEvent extends ComponentEvent<PortalMap> {

	private final String layerId;

	private final String featureId;

	private final double longitude;

	private final double latitude;

	public MarkerClickEvent(PortalMap source, boolean fromClient, @EventData("event.detail.layer") String layerId,
			@EventData("event.detail.id") String featureId, @EventData("event.detail.lon") double longitude,
			@EventData("event.detail.lat") double latitude) {
		super(source, fromClient);
		this.layerId = layerId;
		this.featureId = featureId;
		this.longitude = longitude;
		this.latitude = latitude;
	}

	public String getLayerId() {
		return layerId;
	}

	public String getFeatureId() {
		return featureId;
	}

	public double getLongitude() {
		return longitude;
	}

	public double getLatitude() {
		return latitude;
	}

}
