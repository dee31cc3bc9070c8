package org.unionstations.portal.station.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;

import org.unionstations.portal.base.geo.CoordinateConverter;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.geo.LonLat;

/**
 * A location typed as longitude/latitude in WGS84, GCJ-02 (Amap, Tencent) or BD-09
 * (Baidu). The field's value is always WGS84; switching the coordinate system shows the
 * same point in the other system.
 */
public class LocationField extends CustomField<LonLat> {

	private final Select<CoordinateSystem> system = new Select<>();

	private final NumberField longitude = new NumberField();

	private final NumberField latitude = new NumberField();

	public LocationField(String label) {
		setLabel(label);
		system.setItems(CoordinateSystem.values());
		system.setItemLabelGenerator(s -> getTranslation("crs." + s.name()));
		system.setValue(CoordinateSystem.WGS84);
		system.setId("location-crs");
		system.setWidth("11em");
		system.setAriaLabel(getTranslation("crs.label"));
		longitude.setPlaceholder(getTranslation("station.longitude"));
		latitude.setPlaceholder(getTranslation("station.latitude"));
		longitude.setAriaLabel(getTranslation("station.longitude"));
		latitude.setAriaLabel(getTranslation("station.latitude"));
		longitude.setId("location-lon");
		latitude.setId("location-lat");
		longitude.setStep(0.000001);
		latitude.setStep(0.000001);
		longitude.setWidth("10em");
		latitude.setWidth("10em");
		system.addValueChangeListener(e -> {
			// show the current WGS84 value in the newly chosen system, without changing
			// the value itself
			LonLat value = getValue();
			if (value != null) {
				setPresentationValue(value);
			}
		});
		longitude.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				updateValue();
			}
		});
		latitude.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				updateValue();
			}
		});
		HorizontalLayout row = new HorizontalLayout(system, longitude, latitude);
		row.setAlignItems(Alignment.BASELINE);
		add(row);
	}

	@Override
	protected LonLat generateModelValue() {
		Double lon = longitude.getValue();
		Double lat = latitude.getValue();
		if (lon == null || lat == null || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
			return null;
		}
		return CoordinateConverter.toWgs84(new LonLat(lon, lat), system.getValue());
	}

	@Override
	protected void setPresentationValue(LonLat wgs84) {
		if (wgs84 == null) {
			longitude.clear();
			latitude.clear();
			return;
		}
		LonLat shown = CoordinateConverter.fromWgs84(wgs84, system.getValue());
		longitude.setValue(round(shown.longitude()));
		latitude.setValue(round(shown.latitude()));
	}

	public void setCoordinateSystem(CoordinateSystem crs) {
		system.setValue(crs);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
