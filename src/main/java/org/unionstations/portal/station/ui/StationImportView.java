package org.unionstations.portal.station.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.ui.TableImportPanel;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.station.ImportPreview;
import org.unionstations.portal.station.ImportRow;
import org.unionstations.portal.station.StationColumn;
import org.unionstations.portal.station.StationImportService;

/**
 * Planners and admins create many stations at once from a CSV or Excel file: upload, see
 * every problem of every row, and import only when there are none. The service checks the
 * file again when it is committed and writes all rows or none.
 */
@Route("stations/import")
@Menu(order = 20, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER })
class StationImportView extends VerticalLayout implements HasDynamicTitle {

	StationImportView(StationImportService imports) {
		setSizeFull();
		addClassName("station-import-view");
		TableImportPanel<ImportPreview, ImportRow> panel = new TableImportPanel<>(
				TableImportPanel.Importer.of(imports::preview, p -> imports.commit(p).created(), imports::template),
				"stations-import-template.xlsx",
				new TableImportPanel.Texts("import.help", "import.done", "import.refused"), StationColumn.values(),
				this::configureGrid, () -> UI.getCurrent().navigate(StationListView.class));
		panel.setMessageArguments(this::messageArguments);
		add(panel);
	}

	private void configureGrid(Grid<ImportRow> grid) {
		Locale locale = getLocale();
		grid.addColumn(ImportRow::name).setHeader(getTranslation("station.column.NAME")).setFlexGrow(2).setKey("name");
		grid.addColumn(
				r -> r.type() != null ? getTranslation("station.type." + r.type().name()) : r.value(StationColumn.TYPE))
			.setHeader(getTranslation("station.column.TYPE"))
			.setAutoWidth(true)
			.setKey("type");
		TableImportPanel.addPointColumns(grid, r -> r.district() == null ? null : r.district().name(locale),
				ImportRow::longitude, ImportRow::latitude);
		grid.addColumn(r -> r.status() != null ? getTranslation("station.status." + r.status().name())
				: r.value(StationColumn.STATUS))
			.setHeader(getTranslation("station.column.STATUS"))
			.setAutoWidth(true)
			.setKey("status");
	}

	/** Services a type does not offer are reported by code; they are shown by name. */
	private Object[] messageArguments(FieldProblem problem) {
		Object[] args = problem.args().toArray();
		if (problem.messageKey().equals("station.validation.service-not-for-type") && args.length > 0) {
			args[0] = getTranslation("station.amenity." + args[0]);
		}
		return args;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("import.title");
	}

}
