package org.unionstations.portal.map;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import org.jspecify.annotations.Nullable;

/**
 * The portal's map: a typed Java API over the {@code <us-map>} web component (Leaflet +
 * markercluster). Layers go to the browser in bulk, one GeoJSON payload each; the server
 * keeps only the layer definitions (to answer {@link #layer(String)}), never one object
 * per marker.
 */
@Tag("us-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@JsModule("./us-map/us-map.ts")
public class PortalMap extends Component implements HasSize, HasStyle {

	private final Map<String, MapLayer> layers = new LinkedHashMap<>();

	private BaseMap baseMap;

	private @Nullable MapPopup openPopup;

	public PortalMap(BaseMap baseMap) {
		setBaseMap(baseMap);
		setWidthFull();
		setHeight("480px");
	}

	public BaseMap getBaseMap() {
		return baseMap;
	}

	public void setBaseMap(BaseMap baseMap) {
		this.baseMap = baseMap;
		getElement().callJsFunction("setBaseMap", baseMap.toJson());
	}

	/** Adds the layer, or replaces the layer with the same id. */
	public void setLayer(MapLayer layer) {
		layers.put(layer.id(), layer);
		getElement().callJsFunction("setLayer", layer.toJson());
	}

	public void removeLayer(String id) {
		if (layers.remove(id) != null) {
			getElement().callJsFunction("removeLayer", id);
		}
	}

	public void setLayerVisible(String id, boolean visible) {
		MapLayer layer = layers.get(id);
		if (layer != null && layer.visible() != visible) {
			layers.put(id, layer.visible(visible));
			getElement().callJsFunction("setLayerVisible", id, visible);
		}
	}

	public Optional<MapLayer> layer(String id) {
		return Optional.ofNullable(layers.get(id));
	}

	public void setView(double longitude, double latitude, int zoom) {
		getElement().callJsFunction("setView", longitude, latitude, zoom);
	}

	public void flyTo(double longitude, double latitude, int zoom) {
		getElement().callJsFunction("flyTo", longitude, latitude, zoom);
	}

	public void fitBounds(double west, double south, double east, double north) {
		getElement().callJsFunction("fitBounds", west, south, east, north);
	}

	/** Opens a popup at a feature of a layer; all its text is rendered as text. */
	public void showPopup(String layerId, String featureId, double longitude, double latitude, MapPopup popup) {
		openPopup = popup;
		getElement().callJsFunction("showPopup", layerId, featureId, longitude, latitude, popup.toJson());
	}

	public void closePopup() {
		openPopup = null;
		getElement().callJsFunction("closePopup");
	}

	/**
	 * The popup last opened from the server (the user may have closed it in the browser
	 * since).
	 */
	public Optional<MapPopup> lastPopup() {
		return Optional.ofNullable(openPopup);
	}

	public void setLegend(@Nullable MapLegend legend) {
		getElement().callJsFunction("setLegend", legend == null ? null : legend.toJson());
	}

	/**
	 * While picking, the cursor is a crosshair; listen with {@link #addMapClickListener}.
	 */
	public void setPicking(boolean picking) {
		getElement().callJsFunction("setPicking", picking);
	}

	/**
	 * Shows the location marker used by editors (WGS84), or removes it with {@code null}.
	 */
	public void setPickMarker(@Nullable Double longitude, @Nullable Double latitude) {
		boolean none = longitude == null || latitude == null;
		getElement().callJsFunction("setPickMarker", none ? null : longitude, none ? null : latitude);
	}

	public Registration addMarkerClickListener(ComponentEventListener<MarkerClickEvent> listener) {
		return addListener(MarkerClickEvent.class, listener);
	}

	public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
		return addListener(MapClickEvent.class, listener);
	}

	public Registration addViewportChangeListener(ComponentEventListener<ViewportChangeEvent> listener) {
		return addListener(ViewportChangeEvent.class, listener);
	}

	public Registration addPopupActionListener(ComponentEventListener<PopupActionEvent> listener) {
		return addListener(PopupActionEvent.class, listener);
	}

	public Registration addLayerReadyListener(ComponentEventListener<LayerReadyEvent> listener) {
		return addListener(LayerReadyEvent.class, listener);
	}

}
