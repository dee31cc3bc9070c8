package org.unionstations.portal.station.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.unionstations.portal.station.StationExportService;
import org.unionstations.portal.station.StationFilter;

/**
 * "Export" with CSV, Excel and GeoJSON: downloads of the stations that the grid shows
 * now, under its current filter (read when the download starts), in the user's language.
 */
class StationExportMenu extends Composite<MenuBar> {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Supplier<StationFilter> filter;

	StationExportMenu(StationExportService exports, Supplier<StationFilter> filter) {
		this.filter = filter;
		Locale locale = getLocale();
		MenuBar bar = getContent();
		bar.setId("export-menu");
		bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
		MenuItem root = bar.addItem(VaadinIcon.DOWNLOAD_ALT.create());
		root.add(new Text(getTranslation("export.menu")));
		SubMenu menu = root.getSubMenu();
		menu.addItem(
				download("export-csv", "export.csv", "csv", "text/csv;charset=UTF-8", f -> exports.csv(f, locale)));
		menu.addItem(download("export-xlsx", "export.xlsx", "xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f -> exports.xlsx(f, locale)));
		menu.addItem(download("export-geojson", "export.geojson", "geojson", "application/geo+json", exports::geoJson));
	}

	/** {@code stations-2026-11-22.csv}: the date in China. */
	static String fileName(String extension) {
		return "stations-" + LocalDate.now(CHINA) + "." + extension;
	}

	private Anchor download(String id, String labelKey, String extension, String contentType,
			Function<StationFilter, byte[]> export) {
		DownloadHandler handler = event -> {
			// downloads run outside the session lock; read the view's state under it
			StationFilter[] current = new StationFilter[1];
			event.getUI().accessSynchronously(() -> current[0] = filter.get());
			byte[] bytes = export.apply(current[0]);
			event.setFileName(fileName(extension));
			event.setContentType(contentType);
			event.setContentLength(bytes.length);
			try (OutputStream out = event.getOutputStream()) {
				out.write(bytes);
			}
		};
		Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(labelKey));
		anchor.setId(id);
		anchor.addClassName("export-link");
		return anchor;
	}

}
