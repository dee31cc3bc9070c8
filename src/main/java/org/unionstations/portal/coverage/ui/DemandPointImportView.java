package org.unionstations.portal.coverage.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
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
		add(new TableImportPanel<DemandImportPreview, DemandImportRow>(
				TableImportPanel.Importer.of(imports::preview, imports::commit, imports::template),
				"demand-points-import-template.xlsx",
				new TableImportPanel.Texts("demand.import.help", "demand.import.done", "demand.import.refused"),
				DemandColumn.values(), this::configureGrid, () -> UI.getCurrent().navigate(DemandPointListView.class)));
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
		TableImportPanel.addPointColumns(grid, r -> r.district() == null ? null : r.district().name(locale),
				DemandImportRow::longitude, DemandImportRow::latitude);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("demand.import.title");
	}

}
