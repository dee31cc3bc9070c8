package org.unionstations.portal.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>
 * Layers too big to send whole are served per viewport: {@link #setViewportLayer} takes a
 * {@link ViewportLayerSource} that builds the layer for what the map shows (points when
 * few are in view, {@link MapLayer#bins bins} otherwise); the map asks it again after
 * every pan, zoom or resize (the browser sends the viewport once the map is laid out, and
 * then 150 ms after each movement ends).
 */
@Tag("us-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@JsModule("./us-map/us-map.ts")
public class PortalMap extends Component implements HasSize, HasStyle {

	private final Map<String, MapLayer> layers = new LinkedHashMap<>();

	private BaseMap baseMap;

	private @Nullable MapPopup openPopup;

	/** Viewport layers by id, in the order they were registered. */
	private final Map<String, ViewportLayer> viewportLayers = new LinkedHashMap<>();

	private @Nullable Viewport viewport;

	public PortalMap(BaseMap baseMap) {
		setBaseMap(baseMap);
		setWidthFull();
		setHeight("480px");
		// registered first, so the layers are redrawn before other listeners hear of the
		// change
		addListener(ViewportChangeEvent.class, e -> {
			viewport = e.viewport();
			refreshViewportLayers();
		});
		// numbers drawn on the map (bin counts) in the user's language
		addAttachListener(e -> getElement().setAttribute("lang", getLocale().toLanguageTag()));
	}

	public BaseMap getBaseMap() {
		return baseMap;
	}

	public void setBaseMap(BaseMap baseMap) {
		this.baseMap = baseMap;
		getElement().callJsFunction("setBaseMap", baseMap.toJson());
	}

	/**
	 * Adds the layer, or replaces the layer with the same id (a viewport layer of that id
	 * stops being served).
	 */
	public void setLayer(MapLayer layer) {
		viewportLayers.remove(layer.id());
		send(layer);
	}

	/**
	 * Serves a layer per viewport: draws {@code source.layerFor(viewport)} now if the
	 * viewport is known, and again after every change of the viewport, while the layer is
	 * visible. Replaces a layer or source of the same id; a hidden layer stays hidden.
	 * {@link #removeLayer} stops it. Call it again (or {@link #refreshViewportLayers})
	 * when what the source reads changes, e.g. a filter.
	 */
	public void setViewportLayer(String id, ViewportLayerSource source) {
		ViewportLayer previous = viewportLayers.get(id);
		MapLayer drawn = layers.get(id);
		boolean visible = previous != null ? previous.visible : drawn == null || drawn.visible();
		ViewportLayer entry = new ViewportLayer(source, visible);
		viewportLayers.put(id, entry);
		if (visible && viewport != null) {
			draw(id, entry, viewport);
		}
	}

	/**
	 * Asks every visible viewport layer's source again for the current viewport (nothing
	 * happens before the viewport is known).
	 */
	public void refreshViewportLayers() {
		Viewport now = viewport;
		if (now == null) {
			return;
		}
		for (Map.Entry<String, ViewportLayer> e : new ArrayList<>(viewportLayers.entrySet())) {
			if (e.getValue().visible && viewportLayers.get(e.getKey()) == e.getValue()) {
				draw(e.getKey(), e.getValue(), now);
			}
		}
	}

	/** The viewport the browser reported last; empty until the map has been laid out. */
	public Optional<Viewport> viewport() {
		return Optional.ofNullable(viewport);
	}

	public void removeLayer(String id) {
		boolean served = viewportLayers.remove(id) != null;
		if (layers.remove(id) != null || served) {
			getElement().callJsFunction("removeLayer", id);
		}
	}

	/**
	 * Shows or hides a layer. A hidden viewport layer is not asked for the viewport;
	 * shown again, it is asked at once.
	 */
	public void setLayerVisible(String id, boolean visible) {
		ViewportLayer served = viewportLayers.get(id);
		if (served != null) {
			if (served.visible == visible) {
				return;
			}
			served.visible = visible;
			if (visible && viewport != null) {
				draw(id, served, viewport);
				return;
			}
		}
		MapLayer layer = layers.get(id);
		if (layer != null && layer.visible() != visible) {
			layers.put(id, layer.visible(visible));
			getElement().callJsFunction("setLayerVisible", id, visible);
		}
	}

	public Optional<MapLayer> layer(String id) {
		return Optional.ofNullable(layers.get(id));
	}

	private void draw(String id, ViewportLayer entry, Viewport at) {
		MapLayer layer = entry.source.layerFor(at);
		if (!layer.id().equals(id)) {
			throw new IllegalStateException("the source of layer " + id + " returned layer " + layer.id());
		}
		layer = layer.visible(true);
		String json = layer.toJson();
		byte[] digest = sha256(json);
		MapLayer shown = layers.get(id);
		if (shown != null && shown.visible() && Arrays.equals(digest, entry.sent)) {
			return; // the browser shows these very features already
		}
		entry.sent = digest;
		layers.put(id, layer);
		getElement().callJsFunction("setLayer", json);
	}

	private void send(MapLayer layer) {
		layers.put(layer.id(), layer);
		getElement().callJsFunction("setLayer", layer.toJson());
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/**
	 * A source and whether its layer is shown; {@code sent}: a digest of what was sent
	 * last.
	 */
	private static final class ViewportLayer {

		final ViewportLayerSource source;

		boolean visible;

		byte @Nullable [] sent;

		ViewportLayer(ViewportLayerSource source, boolean visible) {
			this.source = source;
			this.visible = visible;
		}

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
