package org.unionstations.portal.kpi.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.Composite;

import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.district.DistrictShape;
import org.unionstations.portal.district.ui.DistrictBaseLayer;
import org.unionstations.portal.kpi.DistrictFigure;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.map.LayerStyle;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.MapLegend;
import org.unionstations.portal.map.PortalMap;

/**
 * A KPI's districts on our own map, coloured by how much of the district's target is done
 * (of its share of the city's figure when the target is not split); a district clicked is
 * chosen for the drill-down.
 */
class KpiDistrictMap extends Composite<PortalMap> {

	static final String LAYER = "kpi-districts";

	/**
	 * Five classes of percent-of-target (or of share): below 60, 80, 95, 100, and the
	 * rest.
	 */
	private static final List<Double> TARGET_BREAKS = List.of(60.0, 80.0, 95.0, 100.0);

	private static final List<String> TARGET_RAMP = List.of("#c2261b", "#e8743b", "#f2c14e", "#8cc084", "#1b7f3b");

	private static final List<Double> SHARE_BREAKS = List.of(10.0, 15.0, 20.0, 30.0);

	private static final List<String> SHARE_RAMP = List.of("#e3ecf7", "#b3cbe8", "#7aa5d6", "#3f78bf", "#1f4f8f");

	private final PortalMap map;

	private final List<DistrictShape> shapes;

	KpiDistrictMap(BaseMap baseMap, DistrictService districts, LongConsumer onDistrict) {
		this.map = new PortalMap(baseMap);
		this.shapes = districts.shapes();
		map.setId("kpi-district-map");
		map.addMarkerClickListener(e -> {
			if (LAYER.equals(e.getLayerId())) {
				onDistrict.accept(Long.parseLong(e.getFeatureId()));
			}
		});
		DistrictBaseLayer.fitCity(map, districts);
	}

	@Override
	protected PortalMap initContent() {
		return map;
	}

	void show(KpiCard card, List<DistrictFigure> figures, KpiFormat format) {
		boolean split = figures.stream().anyMatch(f -> f.target() != null);
		BigDecimal total = figures.stream()
			.filter(f -> f.districtId() != 0)
			.map(DistrictFigure::actual)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<Long, DistrictFigure> byId = new HashMap<>();
		figures.forEach(f -> byId.put(f.districtId(), f));
		List<MapFeature> features = new ArrayList<>();
		for (DistrictShape shape : shapes) {
			DistrictFigure f = byId.get(shape.district().id());
			if (f == null) {
				continue;
			}
			double value = split ? (f.percent() == null ? 0 : f.percent().doubleValue()) : total.signum() == 0 ? 0
					: f.actual().multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP).doubleValue();
			String label = shape.district().name(getLocale()) + " · " + format.value(card, f.actual())
					+ (split ? " · " + format.percent(f.percent()) : " · " + format.percent(BigDecimal.valueOf(value)));
			features.add(MapFeature.shape(shape.district().id(), shape.geometryGeoJson(),
					Map.of("value", value, "label", label)));
		}
		map.setLayer(MapLayer
			.shapes(LAYER, features,
					LayerStyle.choropleth("value", split ? TARGET_BREAKS : SHARE_BREAKS,
							split ? TARGET_RAMP : SHARE_RAMP))
			.tooltip("label"));
		List<Double> breaks = split ? TARGET_BREAKS : SHARE_BREAKS;
		List<String> ramp = split ? TARGET_RAMP : SHARE_RAMP;
		List<MapLegend.Item> items = new ArrayList<>();
		for (int i = 0; i < ramp.size(); i++) {
			String range = i == 0 ? "< " + breaks.get(0).intValue() + "%"
					: i == ramp.size() - 1 ? "≥ " + breaks.get(i - 1).intValue() + "%"
							: breaks.get(i - 1).intValue() + "–" + breaks.get(i).intValue() + "%";
			items.add(new MapLegend.Item(ramp.get(i), range, true));
		}
		map.setLegend(new MapLegend(getTranslation(split ? "kpi.map.legend-target" : "kpi.map.legend-share"), items));
	}

}
