package org.unionstations.portal.station.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.PermitAll;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.unionstations.portal.base.ui.FilterFields;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.station.StationExportService;
import org.unionstations.portal.station.StationFilter;
import org.unionstations.portal.station.StationRow;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

/**
 * The station registry as a lazy, sortable grid with filters and a row count, an export
 * of what the filters show and, for planners and admins, a way to the import. Everyone
 * signed in may open it; the services limit operators to their own stations.
 */
@Route("stations")
@RouteAlias("")
@Menu(order = 10, icon = "vaadin:list", title = "nav.stations")
@PermitAll
class StationListView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final StationService stations;

	private final Grid<StationRow> grid = new Grid<>();

	private final Span count = new Span();

	private StationFilter filter = StationFilter.ALL;

	StationListView(StationService stations, DistrictService districts, StationExportService exports) {
		this.stations = stations;
		setSizeFull();
		addClassName("station-list-view");

		TextField text = new TextField();
		text.setId("filter-text");
		text.setPlaceholder(getTranslation("station.filter.text"));
		text.setPrefixComponent(VaadinIcon.SEARCH.create());
		text.setClearButtonVisible(true);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.addValueChangeListener(e -> applyFilter(filter.withText(e.getValue())));

		MultiSelectComboBox<StationType> types = new MultiSelectComboBox<>(getTranslation("station.type"));
		types.setId("filter-type");
		types.setItems(StationType.values());
		types.setItemLabelGenerator(t -> getTranslation("station.type." + t.name()));
		types.setClearButtonVisible(true);
		FilterFields.allWhenEmpty(types);
		types.addValueChangeListener(e -> applyFilter(filter.withTypes(e.getValue())));

		ComboBox<DistrictRef> district = new ComboBox<>(getTranslation("station.district"));
		district.setId("filter-district");
		district.setItems(districts.list());
		district.setItemLabelGenerator(d -> d.name(getLocale()));
		district.setClearButtonVisible(true);
		FilterFields.allWhenEmpty(district);
		district.addValueChangeListener(
				e -> applyFilter(filter.withDistrictId(e.getValue() == null ? null : e.getValue().id())));

		MultiSelectComboBox<StationStatus> statuses = new MultiSelectComboBox<>(getTranslation("station.status"));
		statuses.setId("filter-status");
		statuses.setItems(StationStatus.values());
		statuses.setItemLabelGenerator(s -> getTranslation("station.status." + s.name()));
		statuses.setClearButtonVisible(true);
		FilterFields.allWhenEmpty(statuses);
		statuses.addValueChangeListener(e -> applyFilter(filter.withStatuses(e.getValue())));

		text.setLabel(getTranslation("station.filter.text-label"));
		count.setId("station-count");
		count.addClassName("row-count");
		StationExportMenu export = new StationExportMenu(exports, () -> filter);
		Button importStations = new Button(getTranslation("station.list.import"), VaadinIcon.UPLOAD.create(),
				e -> UI.getCurrent().navigate(StationImportView.class));
		importStations.setId("station-import");
		importStations.setVisible(stations.canEdit());
		Button newStation = new Button(getTranslation("station.list.new"), VaadinIcon.PLUS.create(),
				e -> UI.getCurrent().navigate(StationEditorView.class));
		newStation.setId("station-new");
		newStation.setVisible(stations.canEdit());
		FlexLayout filters = new FlexLayout(text, types, district, statuses, count, export, importStations, newStation);
		filters.addClassName("filter-bar");
		filters.setAlignItems(Alignment.BASELINE);
		filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

		configureGrid();
		if (stations.canEdit()) {
			// planners and admins edit from the list: an edit button per row, or a double
			// click
			grid.addComponentColumn(row -> {
				Button edit = new Button(getTranslation("action.edit"),
						e -> UI.getCurrent().navigate(StationEditorView.class, String.valueOf(row.id())));
				edit.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
						com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
				return edit;
			}).setKey("edit").setAutoWidth(true).setFlexGrow(0);
			grid.addItemDoubleClickListener(
					e -> UI.getCurrent().navigate(StationEditorView.class, String.valueOf(e.getItem().id())));
		}
		else {
			// everyone else reads the station's page
			grid.addItemClickListener(e -> UI.getCurrent()
				.navigate(StationDetailView.class, StationDetailView.parameters(e.getItem().id())));
		}
		add(filters, grid);
		setFlexGrow(1, grid);
		refresh();
	}

	private void configureGrid() {
		Locale locale = getLocale();
		grid.setId("station-grid");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.addColumn(StationRow::name)
			.setHeader(getTranslation("station.name"))
			.setTooltipGenerator(StationRow::name)
			.setSortProperty("name")
			.setFlexGrow(3)
			.setKey("name");
		grid.addColumn(r -> getTranslation("station.type." + r.type().name()))
			.setHeader(getTranslation("station.type"))
			.setSortProperty("type")
			.setAutoWidth(true)
			.setKey("type");
		grid.addColumn(r -> r.districtName(locale))
			.setHeader(getTranslation("station.district"))
			.setSortProperty("zh".equals(locale.getLanguage()) ? "district.nameZh" : "district.nameEn")
			.setAutoWidth(true)
			.setKey("district");
		grid.addComponentColumn(this::statusBadge)
			.setHeader(getTranslation("station.status"))
			.setSortProperty("status")
			.setAutoWidth(true)
			.setKey("status");
		grid.addColumn(StationRow::address)
			.setHeader(getTranslation("station.address"))
			.setTooltipGenerator(StationRow::address)
			.setFlexGrow(4)
			.setKey("address");
		grid.addColumn(StationRow::hostOrganisation)
			.setHeader(getTranslation("station.host-organisation"))
			.setTooltipGenerator(StationRow::hostOrganisation)
			.setFlexGrow(2)
			.setKey("host");
		grid.addColumn(r -> UPDATED.format(r.updatedAt()))
			.setHeader(getTranslation("station.updated-at"))
			.setSortProperty("updatedAt")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("updated");
		grid.setEmptyStateText(getTranslation("station.list.empty"));
	}

	private Span statusBadge(StationRow row) {
		Span badge = new Span(getTranslation("station.status." + row.status().name()));
		badge.addClassNames("status-badge", "status-" + row.status().name().toLowerCase(Locale.ROOT));
		return badge;
	}

	private void applyFilter(StationFilter next) {
		filter = next;
		refresh();
	}

	private void refresh() {
		StationFilter current = filter;
		grid.setItems(query -> stations.list(current, pageRequest(query)).stream(), query -> {
			int total = (int) stations.count(current);
			count.setText(getTranslation("station.list.count", total));
			return total;
		});
	}

	private static PageRequest pageRequest(com.vaadin.flow.data.provider.Query<StationRow, Void> query) {
		PageRequest request = VaadinSpringDataHelpers.toSpringPageRequest(query);
		Sort sort = request.getSort().isSorted() ? request.getSort() : Sort.by("name");
		return request.withSort(sort.and(Sort.by("id")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("station.list.title");
	}

}
