package org.unionstations.portal.base.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.BiFunction;
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

import org.jspecify.annotations.Nullable;

/**
 * "Export" with CSV, Excel and GeoJSON: downloads of what a list shows now, under its
 * current filter (read when the download starts), in the user's language.
 *
 * @param <F> the list's filter
 */
public class ExportMenu<F> extends Composite<MenuBar> {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final String fileBaseName;

	private final Supplier<F> filter;

	private Function<F, LocalDate> fileDate = f -> LocalDate.now(CHINA);

	/**
	 * @param fileBaseName what the files are called before the date, such as
	 * {@code stations}
	 * @param filter the list's current filter
	 * @param geoJson the GeoJSON export, or null for lists without one
	 */
	public ExportMenu(String fileBaseName, Supplier<F> filter, BiFunction<F, Locale, byte[]> csv,
			BiFunction<F, Locale, byte[]> xlsx, @Nullable Function<F, byte[]> geoJson) {
		this.fileBaseName = fileBaseName;
		this.filter = filter;
		Locale locale = getLocale();
		MenuBar bar = getContent();
		bar.setId("export-menu");
		bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
		MenuItem root = bar.addItem(VaadinIcon.DOWNLOAD_ALT.create());
		root.add(new Text(getTranslation("export.menu")));
		SubMenu menu = root.getSubMenu();
		menu.addItem(download("export-csv", "export.csv", "csv", "text/csv;charset=UTF-8", f -> csv.apply(f, locale)));
		menu.addItem(download("export-xlsx", "export.xlsx", "xlsx", XLSX_TYPE, f -> xlsx.apply(f, locale)));
		if (geoJson != null) {
			menu.addItem(download("export-geojson", "export.geojson", "geojson", "application/geo+json", geoJson));
		}
	}

	/**
	 * Dates the files by the filter (a board's as-of day, say) instead of by today's date
	 * in China.
	 */
	public ExportMenu<F> datedBy(Function<F, LocalDate> date) {
		this.fileDate = date;
		return this;
	}

	/**
	 * What a download under the list's current filter is called, such as
	 * {@code stations-2026-11-22.csv}.
	 */
	public String currentFileName(String extension) {
		return fileNameFor(filter.get(), extension);
	}

	private String fileNameFor(F filterNow, String extension) {
		return fileBaseName + "-" + fileDate.apply(filterNow) + "." + extension;
	}

	/** {@code stations-2026-11-22.csv}: the date in China. */
	public static String fileName(String baseName, String extension) {
		return baseName + "-" + LocalDate.now(CHINA) + "." + extension;
	}

	private Anchor download(String id, String labelKey, String extension, String contentType,
			Function<F, byte[]> export) {
		DownloadHandler handler = event -> {
			// downloads run outside the session lock; read the view's state under it
			Object[] current = new Object[1];
			event.getUI().accessSynchronously(() -> current[0] = filter.get());
			@SuppressWarnings("unchecked")
			F filterNow = (F) current[0];
			byte[] bytes = export.apply(filterNow);
			event.setFileName(fileNameFor(filterNow, extension));
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
