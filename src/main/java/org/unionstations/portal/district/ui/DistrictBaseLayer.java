package org.unionstations.portal.district.ui;

import java.util.Locale;
import java.util.Map;

import org.unionstations.portal.district.Bounds;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.map.LayerStyle;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.PortalMap;

/**
 * The district boundaries every map starts from: the offline base map, and orientation on
 * tiled ones. Puts them on a map and fits the map to the city.
 */
public final class DistrictBaseLayer {

	public static final String ID = "districts";

	private DistrictBaseLayer() {
	}

	public static void showOn(PortalMap map, DistrictService districts, Locale locale) {
		map.setLayer(MapLayer
			.shapes(ID,
					districts.shapes()
						.stream()
						.map(s -> MapFeature.shape(s.district().id(), s.geometryGeoJson(),
								Map.of("name", s.district().name(locale))))
						.toList(),
					LayerStyle.fixed("#5b7083").withFill(0.06).withStroke("#5b7083", 1.2, null))
			.tooltip("name"));
	}

	/** Fits the map to the city (the extent of all districts). */
	public static void fitCity(PortalMap map, DistrictService districts) {
		Bounds city = districts.extent();
		map.fitBounds(city.west(), city.south(), city.east(), city.north());
	}

}
