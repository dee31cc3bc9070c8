package org.unionstations.portal.coverage.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.server.streams.DownloadHandler;
import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.coverage.CoverageExportService;
import org.unionstations.portal.coverage.CoverageRun;

/**
 * The downloads of the run on screen: the results as one workbook and the whole uncovered
 * list as CSV, both written as a stream while the file downloads (the run is read under
 * the session lock when the download starts).
 */
class CoverageDownloads {

	private final CoverageExportService exports;

	private final Supplier<@Nullable CoverageRun> run;

	private final Supplier<CoverageView.Shown> sites;

	CoverageDownloads(CoverageExportService exports, Supplier<@Nullable CoverageRun> run,
			Supplier<CoverageView.Shown> sites) {
		this.exports = exports;
		this.run = run;
		this.sites = sites;
	}

	DownloadHandler workbook() {
		return event -> {
			Object[] current = new Object[3];
			event.getUI().accessSynchronously(() -> {
				current[0] = run.get();
				current[1] = sites.get();
				current[2] = event.getUI().getLocale();
			});
			if (!(current[0] instanceof CoverageRun shown)) {
				event.getResponse().setStatus(404);
				return;
			}
			CoverageView.Shown shownAlso = (CoverageView.Shown) current[1];
			event.setFileName("coverage-" + LocalDate.now(ExportMenu.CHINA) + ".xlsx");
			event.setContentType(ExportMenu.XLSX_TYPE);
			try (OutputStream out = event.getOutputStream()) {
				exports.xlsx(shown, shownAlso.area(), shownAlso.suggestions(), shownAlso.named(), (Locale) current[2],
						out);
			}
		};
	}

	DownloadHandler uncoveredCsv() {
		return event -> {
			Object[] current = new Object[2];
			event.getUI().accessSynchronously(() -> {
				current[0] = run.get();
				current[1] = event.getUI().getLocale();
			});
			if (!(current[0] instanceof CoverageRun shown)) {
				event.getResponse().setStatus(404);
				return;
			}
			event.setFileName("uncovered-" + LocalDate.now(ExportMenu.CHINA) + ".csv");
			event.setContentType("text/csv;charset=UTF-8");
			try (OutputStream out = event.getOutputStream()) {
				exports.exportUncovered(shown, (Locale) current[1], out);
			}
		};
	}

}
