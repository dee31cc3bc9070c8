package org.unionstations.portal.kpi.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.ui.TableImportPanel;
import org.unionstations.portal.kpi.KpiProgressImportService;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.ProgressColumn;
import org.unionstations.portal.kpi.ProgressImportPreview;
import org.unionstations.portal.kpi.ProgressImportRow;
import org.unionstations.portal.security.Role;

/**
 * Planners and admins bring progress entries from a spreadsheet: choose the year whose
 * KPIs the file names, upload, see every problem of every row at its column, import only
 * when there are none, all rows or none.
 */
@Route("kpi/progress/import")
@StyleSheet("kpi-admin.css")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER })
class KpiProgressImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final KpiProgressImportService imports;

	private final KpiService kpis;

	private final Select<Integer> year = new Select<>();

	private @Nullable TableImportPanel<ProgressImportPreview, ProgressImportRow> panel;

	KpiProgressImportView(KpiProgressImportService imports, KpiService kpis) {
		this.imports = imports;
		this.kpis = kpis;
		setSizeFull();
		Button back = new Button(getTranslation("kpi.import.back"), VaadinIcon.ARROW_LEFT.create(),
				e -> backToEntries());
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		back.setId("kpi-import-back");
		H2 title = new H2(getTranslation("kpi.import.title"));
		title.setId("kpi-import-title");
		year.setLabel(getTranslation("kpi.import.year"));
		year.setId("kpi-import-year");
		year.setItemLabelGenerator(y -> getTranslation("kpi.board.year-item", String.valueOf(y)));
		// the file's KPIs are the chosen year's: a new year, a new file
		year.addValueChangeListener(e -> showPanel());
		HorizontalLayout header = new HorizontalLayout(back, title, year);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		header.setWrap(true);
		add(header);
	}

	private void showPanel() {
		if (panel != null) {
			remove(panel);
			panel = null;
		}
		Integer chosen = year.getValue();
		if (chosen == null) {
			return;
		}
		panel = new TableImportPanel<ProgressImportPreview, ProgressImportRow>(
				TableImportPanel.Importer.of((fileName, content, crs) -> imports.preview(chosen, fileName, content),
						imports::commit, locale -> imports.template(chosen, locale)),
				"kpi-progress-import-template-" + chosen + ".xlsx",
				new TableImportPanel.Texts("kpi.import.help", "kpi.import.done", "kpi.import.refused"),
				ProgressColumn.values(), this::configureGrid, this::backToEntries)
			.withoutCoordinates();
		add(panel);
		setFlexGrow(1, panel);
	}

	private void backToEntries() {
		UI.getCurrent().navigate("kpi/progress", KpiBoardView.yearParameter(year.getValue()));
	}

	private void configureGrid(Grid<ProgressImportRow> grid) {
		grid.addColumn(r -> r.value(ProgressColumn.KPI_CODE).isEmpty() ? r.value(ProgressColumn.KPI_NAME)
				: r.value(ProgressColumn.KPI_CODE))
			.setHeader(getTranslation("kpi.progress.kpi"))
			.setFlexGrow(2)
			.setKey("kpi");
		grid.addColumn(r -> r.value(ProgressColumn.DATE))
			.setHeader(getTranslation("kpi.import.column.date"))
			.setAutoWidth(true)
			.setKey("date");
		grid.addColumn(r -> r.value(ProgressColumn.DISTRICT))
			.setHeader(getTranslation("kpi.import.column.district"))
			.setAutoWidth(true)
			.setKey("district");
		grid.addColumn(r -> r.value(ProgressColumn.AMOUNT))
			.setHeader(getTranslation("kpi.import.column.amount"))
			.setAutoWidth(true)
			.setKey("amount");
		grid.addColumn(r -> r.value(ProgressColumn.CORRECTION))
			.setHeader(getTranslation("kpi.import.column.correction"))
			.setAutoWidth(true)
			.setKey("correction");
	}

	/** {@code ?year=2026} chooses the year; else this year, or the newest with KPIs. */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<Integer> years = kpis.years();
		year.setItems(years);
		int thisYear = kpis.today().getYear();
		Optional<Integer> asked = event.getLocation()
			.getQueryParameters()
			.getSingleParameter("year")
			.flatMap(KpiProgressImportView::parseInt)
			.filter(years::contains);
		year.setValue(asked
			.orElse(years.contains(thisYear) ? Integer.valueOf(thisYear) : years.isEmpty() ? null : years.getFirst()));
	}

	private static Optional<Integer> parseInt(String text) {
		try {
			return Optional.of(Integer.parseInt(text));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("kpi.import.title");
	}

}
