package org.unionstations.portal.programme.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.unionstations.portal.base.ui.TableImportPanel;
import org.unionstations.portal.programme.SmartUpgradeImportService;
import org.unionstations.portal.programme.UpgradeColumn;
import org.unionstations.portal.programme.UpgradeImportPreview;
import org.unionstations.portal.programme.UpgradeImportRow;
import org.unionstations.portal.security.Role;

/**
 * Planners and admins bring a smart-upgrade list from a spreadsheet: upload, see every
 * problem of every row, import only when there are none, all rows or none.
 */
@Route("programmes/upgrades/import")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER })
class SmartUpgradeImportView extends VerticalLayout implements HasDynamicTitle {

	SmartUpgradeImportView(SmartUpgradeImportService imports) {
		setSizeFull();
		add(new TableImportPanel<UpgradeImportPreview, UpgradeImportRow>(
				TableImportPanel.Importer.of(imports::preview, imports::commit, imports::template),
				"smart-upgrades-import-template.xlsx",
				new TableImportPanel.Texts("programme.import.help", "programme.import.done",
						"programme.import.refused"),
				UpgradeColumn.values(), this::configureGrid, () -> UI.getCurrent().navigate(SmartUpgradeView.class))
			.withoutCoordinates());
	}

	private void configureGrid(Grid<UpgradeImportRow> grid) {
		grid.addColumn(r -> r.value(UpgradeColumn.STATION))
			.setHeader(getTranslation("programme.station"))
			.setFlexGrow(2)
			.setKey("station");
		grid.addColumn(r -> r.value(UpgradeColumn.YEAR))
			.setHeader(getTranslation("programme.upgrade.field.year"))
			.setAutoWidth(true)
			.setKey("year");
		grid.addColumn(r -> r.value(UpgradeColumn.STATUS))
			.setHeader(getTranslation("programme.upgrade.field.status"))
			.setAutoWidth(true)
			.setKey("status");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("programme.import.title");
	}

}
