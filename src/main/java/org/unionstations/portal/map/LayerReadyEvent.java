package org.unionstations.portal.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A layer has been drawn in the browser: its feature count and how long drawing took
 * there.
 */
@DomEvent("us-layer-ready")
public class LayerReadyEvent extends ComponentEvent<PortalMap> {

	private final String layerId;

	private final int count;

	private final double millis;

	public LayerReadyEvent(PortalMap source, boolean fromClient, @EventData("event.detail.layer") String layerId,
			@EventData("event.detail.count") int count, @EventData("event.detail.millis") double millis) {
		super(source, fromClient);
		this.layerId = layerId;
		this.count = count;
		this.millis = millis;
	}

	public String getLayerId() {
		return layerId;
	}

	public int getCount() {
		return count;
	}

	public double getMillis() {
		return millis;
	}

}
