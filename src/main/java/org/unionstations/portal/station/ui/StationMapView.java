package org.unionstations.portal.station.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.unionstations.portal.base.geo.BinGrid;
import org.unionstations.portal.base.ui.FilterFields;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.district.ui.DistrictBaseLayer;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.map.LayerStyle;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.MapLegend;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.map.Viewport;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.station.Amenity;
import org.unionstations.portal.station.CoverageStandardService;
import org.unionstations.portal.station.StationBin;
import org.unionstations.portal.station.StationDetails;
import org.unionstations.portal.station.StationFilter;
import org.unionstations.portal.station.StationMarker;
import org.unionstations.portal.station.StationProgrammes;
import org.unionstations.portal.station.StationRow;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;
import org.unionstations.portal.station.StationsInView;

/**
 * The station network on a map: one layer per type (toggled, with counts), filters,
 * search that flies to a station, popups with the key facts (and an edit button for those
 * who may edit), and the coverage circles per type. Leaders see it read-only.
 * <p>
 * The layers are served per viewport ({@link PortalMap#setViewportLayer}): when at most
 * {@link StationService#MAP_POINTS} stations of the shown types lie in the view (the bin
 * grid's box: the view plus a cell of margin), they come as single markers, which the
 * browser still clusters where they crowd (a small set, and a city of stations seen whole
 * reads better in clusters than in overlapping dots); otherwise as bins per type, cells
 * of {@link #CELL_PX} pixels, whose click zooms in. One query per viewport serves all
 * layers, so all types switch together. Coverage circles are drawn only while the
 * stations are single markers.
 */
@Route("map")
@Menu(order = 5, icon = "vaadin:map-marker", title = "nav.map")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER, Role.Name.LEADER })
class StationMapView extends HorizontalLayout implements HasDynamicTitle {

	static final String EDIT = "edit";

	static final String DETAILS = "details";

	/** The side of a bin's cell on screen, in pixels. */
	static final int CELL_PX = 64;

	/**
	 * Where each type's bin sits relative to the mean position of its stations (pixels
	 * right, down), so the four types' bins of one cell stand side by side.
	 */
	private static final Map<StationType, int[]> BIN_OFFSETS = Map.of(StationType.UNION_POST_STATION,
			new int[] { -15, -15 }, StationType.HEART_STATION, new int[] { 15, -15 }, StationType.MOTHER_BABY_ROOM,
			new int[] { -15, 15 }, StationType.WORKERS_HOME, new int[] { 15, 15 });

	private final StationService stations;

	private final CoverageStandardService radii;

	private final StationLabels labels = new StationLabels(this);

	private final StationMapPopup popups;

	private final PortalMap map;

	private final CheckboxGroup<StationType> typeToggle = new CheckboxGroup<>();

	private final CheckboxGroup<StationType> coverageToggle = new CheckboxGroup<>();

	private final Span inView = new Span();

	private StationFilter filter = StationFilter.ALL;

	private final List<StationProgrammes> programmes;

	/** The stations carrying a chosen programme badge; null while no badge is chosen. */
	private @Nullable Set<Long> withBadges;

	/** Counts every change of the filters, so a cached view is never served after one. */
	private long filterVersion;

	/** The stations of the last viewport asked for, shared by all layers. */
	private @Nullable Shown shown;

	StationMapView(StationService stations, DistrictService districts, CoverageStandardService radii, BaseMap baseMap,
			List<StationProgrammes> programmes) {
		this.stations = stations;
		this.programmes = programmes;
		this.radii = radii;
		this.popups = new StationMapPopup(this, getLocale(), stations, programmes);
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
		// the map has redrawn its viewport layers by the time this listener runs
		map.addViewportChangeListener(e -> updateInView());

		DistrictBaseLayer.showOn(map, districts, getLocale());
		DistrictBaseLayer.fitCity(map, districts);

		add(sidePanel(districts.list()), map);
		setFlexGrow(1, map);
		for (StationType type : StationType.values()) {
			map.setViewportLayer(layerId(type), viewport -> stationLayer(type, viewport));
		}
		List<MapLegend.Item> legend = new ArrayList<>();
		for (StationType type : StationType.values()) {
			legend.add(new MapLegend.Item(StationLabels.COLORS.get(type), labels.type(type), false));
		}
		map.setLegend(new MapLegend(getTranslation("map.legend"), legend));
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
			// the types shown decide between points and bins for all of them
			map.refreshViewportLayers();
			updateInView();
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
			withBadges = e.getValue().isEmpty() ? null : programmes.getFirst().stationsWith(e.getValue());
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
	 * After a change of the filters: new counts in the layer toggle, and the layers of
	 * the current viewport asked again.
	 */
	private void reload() {
		filterVersion++;
		Map<StationType, Long> counts = stations.countByType(filter, withBadges);
		typeToggle.setItemLabelGenerator(
				t -> labels.type(t) + " (" + String.format(Locale.ROOT, "%,d", counts.getOrDefault(t, 0L)) + ")");
		map.refreshViewportLayers();
		updateInView();
	}

	/**
	 * The stations of the types shown (and of those whose coverage is shown) in a
	 * viewport: one query for all layers, kept until the viewport, the types or the
	 * filters change.
	 */
	private StationsInView stationsIn(Viewport viewport) {
		Set<StationType> types = EnumSet.noneOf(StationType.class);
		types.addAll(typeToggle.getValue());
		types.addAll(coverageToggle.getValue());
		Shown.Key key = new Shown.Key(viewport, Set.copyOf(types), filterVersion);
		if (shown == null || !shown.key().equals(key)) {
			StationsInView found = types.isEmpty() ? new StationsInView(false, List.of(), List.of())
					: stations.inView(filter.withTypes(types), withBadges, grid(viewport), StationService.MAP_POINTS);
			shown = new Shown(key, found);
		}
		return shown.stations();
	}

	private MapLayer stationLayer(StationType type, Viewport viewport) {
		StationsInView in = stationsIn(viewport);
		LayerStyle style = LayerStyle.fixed(StationLabels.COLORS.get(type));
		if (in.binned()) {
			List<MapFeature> bins = new ArrayList<>();
			for (StationBin bin : in.bins()) {
				if (bin.type() == type) {
					bins.add(MapFeature.point(type.name() + ":" + bin.column() + ":" + bin.row(), bin.longitude(),
							bin.latitude(), Map.of(MapLayer.COUNT, bin.count(), "label",
									getTranslation("map.bin.tooltip", labels.type(type), bin.count()))));
				}
			}
			int[] offset = BIN_OFFSETS.get(type);
			return MapLayer.bins(layerId(type), bins, style).tooltip("label").offset(offset[0], offset[1]);
		}
		List<MapFeature> features = new ArrayList<>();
		for (StationMarker m : in.points()) {
			if (m.type() == type) {
				features.add(MapFeature.point(m.id(), m.longitude(), m.latitude(),
						Map.of("name", m.name(), "status", m.status().name())));
			}
		}
		return MapLayer.markers(layerId(type), features, style).tooltip("name");
	}

	/**
	 * Circles around the open stations of a type, while the stations are single markers.
	 */
	private MapLayer coverageLayer(StationType type, Viewport viewport) {
		StationsInView in = stationsIn(viewport);
		List<MapFeature> centres = in.points()
			.stream()
			.filter(m -> m.type() == type && m.status() == StationStatus.OPEN)
			.map(m -> MapFeature.point(m.id(), m.longitude(), m.latitude(), Map.of()))
			.toList();
		return MapLayer.circles(coverageId(type), centres, LayerStyle.fixed(StationLabels.COLORS.get(type)),
				radii.radius(type));
	}

	private void drawCoverage() {
		for (StationType type : StationType.values()) {
			if (coverageToggle.getValue().contains(type)) {
				if (map.layer(coverageId(type)).isEmpty()) {
					map.setViewportLayer(coverageId(type), viewport -> coverageLayer(type, viewport));
				}
			}
			else {
				map.removeLayer(coverageId(type));
			}
		}
		// the coverage's types are queried with the shown types: all layers may switch
		map.refreshViewportLayers();
	}

	/**
	 * How many stations of the types shown lie in the view: counted among the points when
	 * they are points, by one count query when they are bins.
	 */
	private void updateInView() {
		Viewport viewport = map.viewport().orElse(null);
		if (viewport == null) {
			return;
		}
		Set<StationType> types = typeToggle.getValue();
		long count;
		if (types.isEmpty()) {
			count = 0;
		}
		else if (!stationsIn(viewport).binned()) {
			count = stationsIn(viewport).points()
				.stream()
				.filter(m -> types.contains(m.type()) && viewport.contains(m.longitude(), m.latitude()))
				.count();
		}
		else {
			count = stations.countIn(filter.withTypes(types), withBadges, viewport.west(), viewport.south(),
					viewport.east(), viewport.north());
		}
		inView.setText(getTranslation("map.in-view", count));
	}

	private static BinGrid grid(Viewport viewport) {
		return BinGrid.forView(viewport.west(), viewport.south(), viewport.east(), viewport.north(), viewport.zoom(),
				CELL_PX);
	}

	private void openPopup(long stationId) {
		StationDetails s = stations.get(stationId);
		map.showPopup(layerId(s.type()), String.valueOf(s.id()), s.longitude(), s.latitude(), popups.of(s));
	}

	static String layerId(StationType type) {
		return "stations-" + type.name();
	}

	static String coverageId(StationType type) {
		return "coverage-" + type.name();
	}

	PortalMap map() {
		return map;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("map.title");
	}

	/** The stations served for one viewport, types and filter. */
	private record Shown(Key key, StationsInView stations) {

		record Key(Viewport viewport, Set<StationType> types, long filterVersion) {
		}

	}

}
