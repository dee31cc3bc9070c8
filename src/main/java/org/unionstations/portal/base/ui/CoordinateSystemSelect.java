package org.unionstations.portal.base.ui;

import com.vaadin.flow.component.select.Select;

import org.unionstations.portal.base.geo.CoordinateSystem;

/** The coordinate system of an uploaded file's longitudes and latitudes; WGS84 first. */
public class CoordinateSystemSelect extends Select<CoordinateSystem> {

	public CoordinateSystemSelect() {
		setLabel(getTranslation("import.crs"));
		setItems(CoordinateSystem.values());
		setItemLabelGenerator(c -> getTranslation("crs." + c.name()));
		setValue(CoordinateSystem.WGS84);
		setWidth("16em");
	}

}
