package org.unionstations.portal.programme.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.unionstations.portal.base.ui.TableImportPanel;
import org.unionstations.portal.programme.FlagshipColumn;
import org.unionstations.portal.programme.FlagshipImportPreview;
import org.unionstations.portal.programme.FlagshipImportRow;
import org.unionstations.portal.programme.FlagshipImportService;
import org.unionstations.portal.security.Role;

/**
 * Planners and admins bring a flagship list from a spreadsheet: upload, see every problem
 * of every row, import only when there are none, all rows or none.
 */
@Route("programmes/flagships/import")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER })
class FlagshipImportView extends VerticalLayout implements HasDynamicTitle {

	FlagshipImportView(FlagshipImportService imports) {
		setSizeFull();
		add(new TableImportPanel<FlagshipImportPreview, FlagshipImportRow>(
				TableImportPanel.Importer.of(imports::preview, imports::commit, imports::template),
				"flagships-import-template.xlsx",
				new TableImportPanel.Texts("programme.flagship.import.help", "programme.flagship.import.done",
						"programme.import.refused"),
				FlagshipColumn.values(), this::configureGrid, () -> UI.getCurrent().navigate(FlagshipView.class))
			.withoutCoordinates());
	}

	private void configureGrid(Grid<FlagshipImportRow> grid) {
		grid.addColumn(r -> r.value(FlagshipColumn.STATION))
			.setHeader(getTranslation("programme.station"))
			.setFlexGrow(2)
			.setKey("station");
		grid.addColumn(r -> r.value(FlagshipColumn.YEAR))
			.setHeader(getTranslation("programme.flagship.field.year"))
			.setAutoWidth(true)
			.setKey("year");
		grid.addColumn(r -> r.value(FlagshipColumn.STATUS))
			.setHeader(getTranslation("programme.flagship.field.status"))
			.setAutoWidth(true)
			.setKey("status");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("programme.flagship.import.title");
	}

}
