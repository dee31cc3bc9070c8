package org.unionstations.portal.station.ui;

import java.util.function.Supplier;

import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.station.StationExportService;
import org.unionstations.portal.station.StationFilter;

/**
 * "Export" with CSV, Excel and GeoJSON: downloads of the stations that the grid shows
 * now, under its current filter (read when the download starts), in the user's language.
 */
class StationExportMenu extends ExportMenu<StationFilter> {

	StationExportMenu(StationExportService exports, Supplier<StationFilter> filter) {
		super("stations", filter, exports::csv, exports::xlsx, exports::geoJson);
	}

	/** {@code stations-2026-11-22.csv}: the date in China. */
	static String fileName(String extension) {
		return fileName("stations", extension);
	}

}
