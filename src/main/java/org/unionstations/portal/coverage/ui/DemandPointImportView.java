package org.unionstations.portal.coverage.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.unionstations.portal.base.ui.TableImportPanel;
import org.unionstations.portal.coverage.DemandColumn;
import org.unionstations.portal.coverage.DemandImportPreview;
import org.unionstations.portal.coverage.DemandImportRow;
import org.unionstations.portal.coverage.DemandPointImportService;
import org.unionstations.portal.security.Role;

/**
 * Planners and admins add many demand points at once from a CSV or Excel file, as they
 * import stations: upload, see every problem of every row, import only when there are
 * none, all rows or none. Opened from the demand point list.
 */
@Route("demand/import")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER })
class DemandPointImportView extends VerticalLayout implements HasDynamicTitle {

	DemandPointImportView(DemandPointImportService imports) {
		setSizeFull();
		addClassName("demand-import-view");
		Paragraph help = new Paragraph(getTranslation("demand.import.help"));
		help.addClassName("import-help");
		TableImportPanel<DemandImportPreview, DemandImportRow> panel = new TableImportPanel<>(
				TableImportPanel.Importer.of(imports::preview, imports::commit, imports::template),
				"demand-points-import-template.csv", "demand.import.refused",
				f -> DemandColumn.byField(f).map(DemandColumn::labelKey), this::configureGrid, created -> {
					Notification done = Notification.show(getTranslation("demand.import.done", created));
					done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
					UI.getCurrent().navigate(DemandPointListView.class);
				});
		add(help, panel);
		setFlexGrow(1, panel);
	}

	private void configureGrid(Grid<DemandImportRow> grid) {
		Locale locale = getLocale();
		grid.addColumn(DemandImportRow::name)
			.setHeader(getTranslation("demand.column.NAME"))
			.setFlexGrow(2)
			.setKey("name");
		grid.addColumn(r -> r.category() != null ? getTranslation("demand.category." + r.category().name())
				: r.value(DemandColumn.CATEGORY))
			.setHeader(getTranslation("demand.column.CATEGORY"))
			.setAutoWidth(true)
			.setKey("category");
		grid.addColumn(r -> r.workers() != null ? String.valueOf(r.workers()) : r.value(DemandColumn.WORKERS))
			.setHeader(getTranslation("demand.column.WORKERS"))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("workers");
		grid.addColumn(r -> r.district() == null ? "" : r.district().name(locale))
			.setHeader(getTranslation("station.district"))
			.setAutoWidth(true)
			.setKey("district");
		grid.addColumn(r -> TableImportPanel.point(r.longitude(), r.latitude()))
			.setHeader(getTranslation("import.column.location"))
			.setAutoWidth(true)
			.setKey("location");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("demand.import.title");
	}

}
