package org.unionstations.portal.district.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.district.Bounds;
import org.unionstations.portal.district.DistrictImportPreview;
import org.unionstations.portal.district.DistrictImportRow;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.map.LayerStyle;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.MapLegend;
import org.unionstations.portal.map.PortalMap;

/**
 * The import's map: the current boundaries (the base layer every map has), the file's
 * over them, its gaps in red; fitted to the file once one is shown.
 */
final class DistrictPreviewMap {

	static final String NEW_LAYER = "districts-new";

	static final String GAP_LAYER = "district-gaps";

	private static final String NEW_COLOR = "#1769aa";

	private static final String GAP_COLOR = "#d32f2f";

	private final PortalMap map;

	private final DistrictService districts;

	private final Locale locale;

	DistrictPreviewMap(PortalMap map, DistrictService districts, Locale locale) {
		this.map = map;
		this.districts = districts;
		this.locale = locale;
		map.setId("district-import-map");
		map.setWidthFull();
		map.setHeight("420px");
		map.setLegend(new MapLegend(map.getTranslation("district.import.legend"),
				List.of(new MapLegend.Item("#5b7083", map.getTranslation("district.import.legend.current"), true),
						new MapLegend.Item(NEW_COLOR, map.getTranslation("district.import.legend.new"), true),
						new MapLegend.Item(GAP_COLOR, map.getTranslation("district.import.legend.gap"), true))));
		showCurrent();
	}

	PortalMap component() {
		return map;
	}

	/** The districts as saved, fitted to the city; the file's layers removed. */
	void showCurrent() {
		DistrictBaseLayer.showOn(map, districts, locale);
		map.removeLayer(NEW_LAYER);
		map.removeLayer(GAP_LAYER);
		DistrictBaseLayer.fitCity(map, districts);
	}

	void show(@Nullable DistrictImportPreview preview) {
		if (preview == null) {
			map.removeLayer(NEW_LAYER);
			map.removeLayer(GAP_LAYER);
			return;
		}
		List<MapFeature> shapes = preview.rows()
			.stream()
			.filter(r -> r.geometryGeoJson() != null)
			.map(r -> MapFeature.shape(r.feature(), r.geometryGeoJson(), Map.of("name", label(r))))
			.toList();
		map.setLayer(MapLayer
			.shapes(NEW_LAYER, shapes, LayerStyle.fixed(NEW_COLOR).withFill(0.12).withStroke(NEW_COLOR, 2.0, "6 4"))
			.zIndex(12)
			.tooltip("name"));
		map.setLayer(MapLayer
			.shapes(GAP_LAYER,
					preview.gaps()
						.stream()
						.map(g -> MapFeature.shape("gap-" + g.number(), g.geometryGeoJson(),
								Map.of("name",
										map.getTranslation("district.import.gap", g.number(),
												DistrictImportView.km2(g.areaKm2(), locale)))))
						.toList(),
					LayerStyle.fixed(GAP_COLOR).withFill(0.6).withStroke(GAP_COLOR, 2.0, null))
			.zIndex(14)
			.tooltip("name"));
		Bounds b = preview.bounds();
		if (b != null) {
			map.fitBounds(b.west(), b.south(), b.east(), b.north());
		}
	}

	private static String label(DistrictImportRow row) {
		return (row.code() == null ? "" : row.code() + " ") + (row.nameZh() == null ? "" : row.nameZh());
	}

}
