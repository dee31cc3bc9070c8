package org.unionstations.portal.programme.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.unionstations.portal.base.ui.TableImportPanel;
import org.unionstations.portal.programme.LegalColumn;
import org.unionstations.portal.programme.LegalImportPreview;
import org.unionstations.portal.programme.LegalImportRow;
import org.unionstations.portal.programme.LegalAddOnImportService;
import org.unionstations.portal.security.Role;

/**
 * Planners and admins bring a legal list from a spreadsheet: upload, see every problem of
 * every row, import only when there are none, all rows or none.
 */
@Route("programmes/legal/import")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER })
class LegalAddOnImportView extends VerticalLayout implements HasDynamicTitle {

	LegalAddOnImportView(LegalAddOnImportService imports) {
		setSizeFull();
		add(new TableImportPanel<LegalImportPreview, LegalImportRow>(
				TableImportPanel.Importer.of(imports::preview, imports::commit, imports::template),
				"legal-services-import-template.xlsx",
				new TableImportPanel.Texts("programme.legal.import.help", "programme.legal.import.done",
						"programme.import.refused"),
				LegalColumn.values(), this::configureGrid, () -> UI.getCurrent().navigate(LegalAddOnView.class))
			.withoutCoordinates());
	}

	private void configureGrid(Grid<LegalImportRow> grid) {
		grid.addColumn(r -> r.value(LegalColumn.STATION))
			.setHeader(getTranslation("programme.station"))
			.setFlexGrow(2)
			.setKey("station");
		grid.addColumn(r -> r.value(LegalColumn.YEAR))
			.setHeader(getTranslation("programme.legal.field.year"))
			.setAutoWidth(true)
			.setKey("year");
		grid.addColumn(r -> r.value(LegalColumn.STATUS))
			.setHeader(getTranslation("programme.legal.field.status"))
			.setAutoWidth(true)
			.setKey("status");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("programme.legal.import.title");
	}

}
