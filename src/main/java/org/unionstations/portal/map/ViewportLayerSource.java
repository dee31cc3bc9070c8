package org.unionstations.portal.map;

/**
 * Builds a layer for what the map shows now: single features when few lie in the view,
 * aggregates ({@link MapLayer#bins bins}) when many do, so that what goes to the browser
 * is bounded by the screen, not by the data. Called on the UI thread, by
 * {@link PortalMap#setViewportLayer} and after every change of the viewport while the
 * layer is visible; the id of the layer returned must be the id it was registered with.
 */
@FunctionalInterface
public interface ViewportLayerSource {

	MapLayer layerFor(Viewport viewport);

}
