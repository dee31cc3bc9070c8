package org.unionstations.portal.station.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.unionstations.portal.base.ui.FilterFields;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.district.ui.DistrictBaseLayer;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.map.LayerStyle;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.MapLegend;
import org.unionstations.portal.map.MapPopup;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.station.Amenity;
import org.unionstations.portal.station.CoverageStandardService;
import org.unionstations.portal.station.StationDetails;
import org.unionstations.portal.station.StationFilter;
import org.unionstations.portal.station.StationMarker;
import org.unionstations.portal.station.StationProgrammes;
import org.unionstations.portal.station.StationRow;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

/**
 * The station network on a map: one clustered layer per type (toggled, with counts),
 * filters, search that flies to a station, popups with the key facts (and an edit button
 * for those who may edit), and the coverage circles per type. Leaders see it read-only.
 */
@Route("map")
@Menu(order = 5, icon = "vaadin:map-marker", title = "nav.map")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER, Role.Name.LEADER })
class StationMapView extends HorizontalLayout implements HasDynamicTitle {

	static final String EDIT = "edit";

	static final String DETAILS = "details";

	private final StationService stations;

	private final CoverageStandardService radii;

	private final StationLabels labels = new StationLabels(this);

	private final PortalMap map;

	private final CheckboxGroup<StationType> typeToggle = new CheckboxGroup<>();

	private final CheckboxGroup<StationType> coverageToggle = new CheckboxGroup<>();

	private final Span inView = new Span();

	private StationFilter filter = StationFilter.ALL;

	private List<StationMarker> markers = List.of();

	private final List<StationProgrammes> programmes;

	private Map<Long, Set<StationProgrammes.Badge>> badges = Map.of();

	private Set<StationProgrammes.Badge> badgeFilter = Set.of();

	StationMapView(StationService stations, DistrictService districts, CoverageStandardService radii, BaseMap baseMap,
			List<StationProgrammes> programmes) {
		this.stations = stations;
		this.programmes = programmes;
		this.radii = radii;
		setSizeFull();
		setPadding(false);
		setSpacing(false);
		addClassName("station-map-view");

		map = new PortalMap(baseMap);
		map.setId("station-map");
		map.setSizeFull();
		map.addMarkerClickListener(e -> openPopup(Long.parseLong(e.getFeatureId())));
		map.addPopupActionListener(e -> {
			if (EDIT.equals(e.getAction())) {
				getUI().ifPresent(ui -> ui.navigate(StationEditorView.class, e.getFeatureId()));
			}
			else if (DETAILS.equals(e.getAction())) {
				getUI().ifPresent(ui -> ui.navigate(StationDetailView.class,
						StationDetailView.parameters(Long.parseLong(e.getFeatureId()))));
			}
		});
		map.addViewportChangeListener(e -> inView.setText(getTranslation("map.in-view",
				markers.stream()
					.filter(m -> typeToggle.getValue().contains(m.type()))
					.filter(m -> m.longitude() >= e.getWest() && m.longitude() <= e.getEast()
							&& m.latitude() >= e.getSouth() && m.latitude() <= e.getNorth())
					.count())));

		DistrictBaseLayer.showOn(map, districts, getLocale());
		DistrictBaseLayer.fitCity(map, districts);

		add(sidePanel(districts.list()), map);
		setFlexGrow(1, map);
		reload();
	}

	private VerticalLayout sidePanel(List<DistrictRef> districtList) {
		ComboBox<StationRow> search = new ComboBox<>(getTranslation("map.search"));
		search.setId("map-search");
		search.setPlaceholder(getTranslation("station.filter.text"));
		search.setItems(
				query -> stations
					.list(filter.withText(query.getFilter().orElse("")),
							PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name")))
					.stream());
		search.setItemLabelGenerator(r -> r.name() + " · " + labels.type(r.type()));
		search.setWidthFull();
		search.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				StationRow r = e.getValue();
				typeToggle.select(r.type());
				map.flyTo(r.longitude(), r.latitude(), 15);
				openPopup(r.id());
			}
		});

		typeToggle.setId("layer-toggle");
		typeToggle.setLabel(getTranslation("map.layers"));
		typeToggle.setItems(StationType.values());
		typeToggle.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
		typeToggle.setValue(EnumSet.allOf(StationType.class));
		typeToggle.addValueChangeListener(e -> {
			for (StationType t : StationType.values()) {
				map.setLayerVisible(layerId(t), e.getValue().contains(t));
			}
		});

		coverageToggle.setId("coverage-toggle");
		coverageToggle.setLabel(getTranslation("map.coverage"));
		coverageToggle.setItems(StationType.values());
		coverageToggle.setItemLabelGenerator(t -> getTranslation("map.coverage.item", labels.type(t), radii.radius(t)));
		coverageToggle.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
		coverageToggle.addValueChangeListener(e -> drawCoverage());

		ComboBox<DistrictRef> district = new ComboBox<>(getTranslation("station.district"));
		district.setId("map-district");
		district.setItems(districtList);
		district.setItemLabelGenerator(d -> d.name(getLocale()));
		district.setClearButtonVisible(true);
		FilterFields.allWhenEmpty(district);
		district.setWidthFull();
		district.addValueChangeListener(e -> {
			filter = filter.withDistrictId(e.getValue() == null ? null : e.getValue().id());
			reload();
		});

		MultiSelectComboBox<StationStatus> status = new MultiSelectComboBox<>(getTranslation("station.status"));
		status.setId("map-status");
		status.setItems(StationStatus.values());
		status.setItemLabelGenerator(labels::status);
		status.setClearButtonVisible(true);
		FilterFields.allWhenEmpty(status);
		status.setWidthFull();
		status.addValueChangeListener(e -> {
			filter = filter.withStatuses(e.getValue());
			reload();
		});

		MultiSelectComboBox<Amenity> services = new MultiSelectComboBox<>(getTranslation("station.services"));
		services.setId("map-services");
		services.setItems(Amenity.values());
		services.setItemLabelGenerator(labels::amenity);
		services.setClearButtonVisible(true);
		FilterFields.allWhenEmpty(services);
		services.setWidthFull();
		services.addValueChangeListener(e -> {
			filter = filter.withServices(e.getValue());
			reload();
		});

		MultiSelectComboBox<StationProgrammes.Badge> badgeSelect = new MultiSelectComboBox<>(
				getTranslation("map.programmes"));
		badgeSelect.setId("map-programmes");
		badgeSelect.setItems(StationProgrammes.Badge.values());
		badgeSelect.setItemLabelGenerator(b -> getTranslation("station.badge." + b.name()));
		FilterFields.allWhenEmpty(badgeSelect);
		badgeSelect.setWidthFull();
		badgeSelect.setVisible(!programmes.isEmpty());
		badgeSelect.addValueChangeListener(e -> {
			badgeFilter = e.getValue();
			reload();
		});

		inView.setId("map-in-view");
		inView.addClassName("row-count");
		VerticalLayout panel = new VerticalLayout(search, typeToggle, new H4(getTranslation("map.filters")), district,
				status, services, badgeSelect, coverageToggle, inView);
		panel.addClassName("map-side-panel");
		panel.setWidth("300px");
		panel.setMinWidth("260px");
		panel.getStyle().set("overflow", "auto");
		return panel;
	}

	/**
	 * Reloads the markers for the current filter: one layer per type, each one GeoJSON
	 * payload.
	 */
	private void reload() {
		markers = stations.markers(filter);
		badges = programmes.isEmpty() ? Map.of()
				: programmes.getFirst().badges(markers.stream().map(StationMarker::id).toList());
		if (!badgeFilter.isEmpty()) {
			// stations that carry any of the chosen programme badges
			markers = markers.stream()
				.filter(m -> badges.getOrDefault(m.id(), Set.of()).stream().anyMatch(badgeFilter::contains))
				.toList();
		}
		// the toggle's counts come from the markers just loaded: no second round of count
		// queries
		Map<StationType, Long> counts = markers.stream()
			.collect(java.util.stream.Collectors.groupingBy(StationMarker::type,
					java.util.stream.Collectors.counting()));
		typeToggle.setItemLabelGenerator(t -> labels.type(t) + " (" + counts.getOrDefault(t, 0L) + ")");
		for (StationType type : StationType.values()) {
			List<MapFeature> features = new ArrayList<>();
			for (StationMarker m : markers) {
				if (m.type() == type) {
					features.add(MapFeature.point(m.id(), m.longitude(), m.latitude(),
							Map.of("name", m.name(), "status", m.status().name())));
				}
			}
			map.setLayer(MapLayer.markers(layerId(type), features, LayerStyle.fixed(StationLabels.COLORS.get(type)))
				.tooltip("name")
				.visible(typeToggle.getValue().contains(type)));
		}
		drawCoverage();
		List<MapLegend.Item> legend = new ArrayList<>();
		for (StationType type : StationType.values()) {
			legend.add(new MapLegend.Item(StationLabels.COLORS.get(type), labels.type(type), false));
		}
		map.setLegend(new MapLegend(getTranslation("map.legend"), legend));
	}

	private void drawCoverage() {
		for (StationType type : StationType.values()) {
			String id = "coverage-" + type.name();
			if (!coverageToggle.getValue().contains(type)) {
				map.removeLayer(id);
				continue;
			}
			List<MapFeature> centres = markers.stream()
				.filter(m -> m.type() == type && m.status() == StationStatus.OPEN)
				.map(m -> MapFeature.point(m.id(), m.longitude(), m.latitude(), Map.of()))
				.toList();
			map.setLayer(MapLayer.circles(id, centres, LayerStyle.fixed(StationLabels.COLORS.get(type)),
					radii.radius(type)));
		}
	}

	private void openPopup(long stationId) {
		StationDetails s = stations.get(stationId);
		List<MapPopup.Row> rows = new ArrayList<>();
		String status = labels.status(s.status());
		if (s.statusReason() != null) {
			status = getTranslation("station.status-with-reason", status, s.statusReason());
		}
		rows.add(new MapPopup.Row(getTranslation("station.status"), status));
		rows.add(new MapPopup.Row(getTranslation("station.district"), orDash(s.districtName(getLocale()))));
		rows.add(new MapPopup.Row(getTranslation("station.address"), orDash(s.address())));
		rows.add(new MapPopup.Row(getTranslation("station.opening-hours"), labels.openingHours(s.openingHours())));
		rows.add(new MapPopup.Row(getTranslation("station.services"), labels.amenities(s.services())));
		rows.add(new MapPopup.Row(getTranslation("station.host-organisation"), orDash(s.hostOrganisation())));
		rows.add(
				new MapPopup.Row(getTranslation("station.contact"), orDash(join(s.contactPerson(), s.contactPhone()))));
		Set<StationProgrammes.Badge> own = badges.getOrDefault(s.id(), Set.of());
		if (!own.isEmpty()) {
			rows.add(new MapPopup.Row(getTranslation("map.programmes"),
					own.stream()
						.sorted()
						.map(b -> getTranslation("station.badge." + b.name()))
						.collect(java.util.stream.Collectors.joining(" · "))));
		}
		List<MapPopup.Action> actions = stations.canEdit()
				? List.of(new MapPopup.Action(EDIT, getTranslation("action.edit")))
				: List.of(new MapPopup.Action(DETAILS, getTranslation("action.details")));
		map.showPopup(layerId(s.type()), String.valueOf(s.id()), s.longitude(), s.latitude(),
				new MapPopup(s.name(), labels.type(s.type()), rows, actions));
	}

	static String layerId(StationType type) {
		return "stations-" + type.name();
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

	private static String join(String a, String b) {
		return java.util.stream.Stream.of(a, b)
			.filter(v -> v != null && !v.isBlank())
			.collect(java.util.stream.Collectors.joining(" "));
	}

	PortalMap map() {
		return map;
	}

	List<StationMarker> markers() {
		return markers;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("map.title");
	}

}
