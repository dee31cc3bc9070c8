package org.unionstations.portal.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A button in a popup was clicked. */
@DomEvent("us-popup-action")
public class PopupActionEvent extends ComponentEvent<PortalMap> {

	private final String layerId;

	private final String featureId;

	private final String action;

	public PopupActionEvent(PortalMap source, boolean fromClient, @EventData("event.detail.layer") String layerId,
			@EventData("event.detail.id") String featureId, @EventData("event.detail.action") String action) {
		super(source, fromClient);
		this.layerId = layerId;
		this.featureId = featureId;
		this.action = action;
	}

	public String getLayerId() {
		return layerId;
	}

	public String getFeatureId() {
		return featureId;
	}

	public String getAction() {
		return action;
	}

}
