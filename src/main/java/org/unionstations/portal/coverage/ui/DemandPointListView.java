package org.unionstations.portal.coverage.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.unionstations.portal.base.ui.FilterFields;
import org.unionstations.portal.coverage.DemandCategory;
import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.coverage.DemandFilter;
import org.unionstations.portal.coverage.DemandPointExportService;
import org.unionstations.portal.coverage.DemandPointImportService;
import org.unionstations.portal.coverage.DemandPointRow;
import org.unionstations.portal.coverage.DemandPointService;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.security.Role;

/**
 * Where workers are: a lazy, sortable, filterable grid of demand points with a count,
 * exports of what it shows, and for planners and admins the way to import more.
 */
@Route("demand")
@Menu(order = 40, icon = "vaadin:users", title = "nav.demand")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER, Role.Name.LEADER })
class DemandPointListView extends VerticalLayout implements HasDynamicTitle {

	private final DemandPointService points;

	private final Grid<DemandPointRow> grid = new Grid<>();

	private final Span count = new Span();

	private DemandFilter filter = DemandFilter.ALL;

	DemandPointListView(DemandPointService points, DistrictService districts, DemandPointImportService imports,
			DemandPointExportService exports) {
		this.points = points;
		setSizeFull();

		TextField text = new TextField(getTranslation("station.filter.text-label"));
		text.setId("demand-text");
		text.setPrefixComponent(VaadinIcon.SEARCH.create());
		text.setClearButtonVisible(true);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.addValueChangeListener(e -> apply(filter.withText(e.getValue())));
		MultiSelectComboBox<DemandCategory> categories = new MultiSelectComboBox<>(getTranslation("demand.category"));
		categories.setId("demand-category");
		categories.setItems(DemandCategory.values());
		categories.setItemLabelGenerator(c -> getTranslation("demand.category." + c.name()));
		categories.setClearButtonVisible(true);
		FilterFields.allWhenEmpty(categories);
		categories.addValueChangeListener(e -> apply(filter.withCategories(e.getValue())));
		ComboBox<DistrictRef> district = new ComboBox<>(getTranslation("station.district"));
		district.setId("demand-district");
		district.setItems(districts.list());
		district.setItemLabelGenerator(d -> d.name(getLocale()));
		district.setClearButtonVisible(true);
		FilterFields.allWhenEmpty(district);
		district
			.addValueChangeListener(e -> apply(filter.withDistrictId(e.getValue() == null ? null : e.getValue().id())));
		count.setId("demand-count");
		count.addClassName("row-count");
		ExportMenu<DemandFilter> export = new ExportMenu<>("demand-points", () -> filter, exports::csv, exports::xlsx,
				exports::geoJson);
		Button importPoints = new Button(getTranslation("demand.list.import"), VaadinIcon.UPLOAD.create(),
				e -> UI.getCurrent().navigate(DemandPointImportView.class));
		importPoints.setId("demand-import");
		importPoints.setVisible(imports.canImport());
		FlexLayout filters = new FlexLayout(text, categories, district, count, export, importPoints);
		filters.addClassName("filter-bar");
		filters.setAlignItems(Alignment.BASELINE);
		filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

		grid.setId("demand-grid");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.addColumn(DemandPointRow::name)
			.setHeader(getTranslation("demand.name"))
			.setTooltipGenerator(DemandPointRow::name)
			.setSortProperty("name")
			.setFlexGrow(3)
			.setKey("name");
		grid.addColumn(r -> getTranslation("demand.category." + r.category().name()))
			.setHeader(getTranslation("demand.category"))
			.setSortProperty("category")
			.setAutoWidth(true)
			.setKey("category");
		grid.addColumn(DemandPointRow::workers)
			.setHeader(getTranslation("demand.workers"))
			.setSortProperty("workers")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("workers");
		grid.addColumn(r -> r.districtName(getLocale()))
			.setHeader(getTranslation("station.district"))
			.setAutoWidth(true)
			.setKey("district");
		grid.addColumn(r -> String.format("%.5f, %.5f", r.longitude(), r.latitude()))
			.setHeader(getTranslation("station.location"))
			.setAutoWidth(true)
			.setKey("location");
		grid.setEmptyStateText(getTranslation("demand.list.empty"));
		add(filters, grid);
		setFlexGrow(1, grid);
		refresh();
	}

	private void apply(DemandFilter next) {
		filter = next;
		refresh();
	}

	private void refresh() {
		DemandFilter current = filter;
		grid.setItems(query -> {
			PageRequest request = VaadinSpringDataHelpers.toSpringPageRequest(query);
			Sort sort = request.getSort().isSorted() ? request.getSort() : Sort.by(Sort.Direction.DESC, "workers");
			return points.list(current, request.withSort(sort.and(Sort.by("id")))).stream();
		}, query -> {
			int total = (int) points.count(current);
			count.setText(getTranslation("demand.count", total));
			return total;
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("demand.title");
	}

}
