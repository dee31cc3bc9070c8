package org.unionstations.portal.coverage.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.geo.BinGrid;
import org.unionstations.portal.coverage.AnalysisRunner;
import org.unionstations.portal.coverage.CoverageMapData;
import org.unionstations.portal.coverage.CoverageMapService;
import org.unionstations.portal.coverage.CoverageRun;
import org.unionstations.portal.coverage.CoverageScope;
import org.unionstations.portal.coverage.CoverageService;
import org.unionstations.portal.coverage.DemandMapPoint;
import org.unionstations.portal.coverage.HexCell;
import org.unionstations.portal.coverage.SitingSuggestion;
import org.unionstations.portal.coverage.StationMapPoint;
import org.unionstations.portal.coverage.UncoveredArea;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.district.ui.DistrictBaseLayer;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.map.LayerStyle;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.MapLegend;
import org.unionstations.portal.map.MapPopup;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.map.Viewport;
import org.unionstations.portal.station.StationType;
import org.unionstations.portal.station.ui.StationLabels;

/**
 * The coverage map. Stations, service circles, demand, uncovered demand and the hex grid
 * are served per viewport ({@link PortalMap#setViewportLayer}): the single points when at
 * most {@link CoverageMapService#MAX_MAP_POINTS} lie in view, else bins of
 * {@value #CELL_PX} screen pixels — what reaches the browser is bounded by the screen,
 * however many points there are. The uncovered area and the siting suggestions are small
 * and go whole.
 */
class CoverageMapOverlays {

	static final String STATIONS = "cov-stations";

	static final String CIRCLES = "cov-circles";

	static final String UNCOVERED = "cov-uncovered";

	static final String AREA = "cov-area";

	static final String HEX = "cov-hex";

	static final String SITES = "cov-sites";

	static final String DEMAND = "cov-demand";

	static final String PLAN = "plan";

	/** The side of a bin on screen: about 16 × 9 bins on a 1366 × 768 laptop's map. */
	static final int CELL_PX = 64;

	/**
	 * Bins of stations and of demand in one cell sit this many pixels left and right of
	 * their points, so that neither hides the other.
	 */
	static final int BIN_OFFSET = 14;

	private static final List<String> HEX_RAMP = List.of("#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15");

	private static final String UNCOVERED_COLOR = "#e4572e";

	private static final String DEMAND_COLOR = "#6c757d";

	private static final String SITE_COLOR = "#1d3557";

	final PortalMap map;

	private final CoverageService coverage;

	private final CoverageMapService maps;

	private final StationLabels labels;

	private final boolean canPlan;

	private List<SitingSuggestion> suggestions = List.of();

	private StationType type = StationType.UNION_POST_STATION;

	/** The stations of the last viewport asked: markers and circles share one query. */
	private @Nullable Viewport stationsViewport;

	private @Nullable CoverageMapData<StationMapPoint> stationsInView;

	/** The hex size whose "zoom in" notice was shown, so it is not repeated each pan. */
	private int hexNoticeShown;

	CoverageMapOverlays(BaseMap baseMap, CoverageService coverage, CoverageMapService maps, DistrictService districts,
			Locale locale, boolean canPlan, Consumer<SitingSuggestion> plan) {
		this.coverage = coverage;
		this.maps = maps;
		this.canPlan = canPlan;
		map = new PortalMap(baseMap);
		labels = new StationLabels(map);
		map.setId("coverage-map");
		map.setSizeFull();
		DistrictBaseLayer.showOn(map, districts, locale);
		DistrictBaseLayer.fitCity(map, districts);
		map.addPopupActionListener(e -> {
			if (PLAN.equals(e.getAction())) {
				plan.accept(suggestions.get(Integer.parseInt(e.getFeatureId()) - 1));
			}
		});
		map.addMarkerClickListener(e -> {
			if (SITES.equals(e.getLayerId())) {
				showSite(suggestions.get(Integer.parseInt(e.getFeatureId()) - 1));
			}
		});
	}

	void flyTo(double longitude, double latitude, int zoom) {
		map.flyTo(longitude, latitude, zoom);
	}

	/** The stations of the scope with their service circles, and the legend. */
	void showStations(CoverageScope scope, int radius) {
		String color = StationLabels.COLORS.get(scope.type());
		type = scope.type();
		stationsViewport = null;
		map.setViewportLayer(STATIONS, view -> {
			CoverageMapData<StationMapPoint> data = stations(scope, view);
			if (data.binned()) {
				return bins(STATIONS, data, color, "coverage.map.station-bin").offset(-BIN_OFFSET, 0).zIndex(40);
			}
			return MapLayer
				.markers(STATIONS,
						data.points()
							.stream()
							.map(s -> MapFeature.point(s.id(), s.longitude(), s.latitude(), Map.of("name", s.name())))
							.toList(),
						LayerStyle.fixed(color))
				.clustered(false)
				.tooltip("name")
				.interactive(false)
				.zIndex(40);
		});
		// circles only where the stations themselves are shown: over bins they would be
		// thousands of overlapping discs too small to see
		map.setViewportLayer(CIRCLES, view -> {
			CoverageMapData<StationMapPoint> data = stations(scope, view);
			List<MapFeature> centres = data.binned() ? List.of()
					: data.points()
						.stream()
						.map(s -> MapFeature.point(s.id(), s.longitude(), s.latitude(), Map.of()))
						.toList();
			return MapLayer.circles(CIRCLES, centres, LayerStyle.fixed(color), radius);
		});
		legend(scope);
	}

	private CoverageMapData<StationMapPoint> stations(CoverageScope scope, Viewport view) {
		if (!view.equals(stationsViewport) || stationsInView == null) {
			stationsInView = maps.stationsInView(scope, grid(view));
			stationsViewport = view;
		}
		return stationsInView;
	}

	/** Every demand point, whatever its coverage: where the workers are. */
	void showDemand(boolean show) {
		if (!show) {
			map.removeLayer(DEMAND);
			return;
		}
		map.setViewportLayer(DEMAND, view -> demandLayer(DEMAND, DEMAND_COLOR, 25, maps::demandInView, view));
	}

	/**
	 * The data of the run's uncovered layer for the map's viewport, computed on one of
	 * {@code runner}'s threads while the browser draws the report and the list (at
	 * national scale the query takes about 2 s); completes with {@code null} when the map
	 * has not reported a viewport yet.
	 */
	CompletableFuture<@Nullable UncoveredInView> uncoveredAhead(CoverageRun run, AnalysisRunner runner) {
		Optional<Viewport> view = map.viewport();
		if (view.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		Viewport at = view.get();
		return runner.submit(() -> new UncoveredInView(at, maps.uncoveredInView(run, grid(at))));
	}

	/**
	 * The run's uncovered demand, per viewport; {@code ahead} (may be null) answers for
	 * the viewport it was computed for.
	 */
	void showUncovered(CoverageRun run, @Nullable UncoveredInView ahead) {
		map.setViewportLayer(UNCOVERED, view -> demandLayer(UNCOVERED, UNCOVERED_COLOR, 35,
				grid -> ahead != null && ahead.view().equals(view) ? ahead.data() : maps.uncoveredInView(run, grid),
				view));
	}

	/** The uncovered layer's data for one viewport. */
	record UncoveredInView(Viewport view, CoverageMapData<DemandMapPoint> data) {
	}

	private MapLayer demandLayer(String id, String color, int zIndex,
			Function<BinGrid, CoverageMapData<DemandMapPoint>> query, Viewport view) {
		CoverageMapData<DemandMapPoint> data = query.apply(grid(view));
		if (data.binned()) {
			// beside the stations' bin of the same cell, not under it
			return bins(id, data, color, "coverage.map.demand-bin").offset(BIN_OFFSET, 0).zIndex(zIndex);
		}
		return MapLayer
			.markers(id,
					data.points()
						.stream()
						.map(p -> MapFeature.point(p.id(), p.longitude(), p.latitude(),
								Map.of("name", p.name() + " · " + p.workers())))
						.toList(),
					LayerStyle.fixed(color))
			.clustered(false)
			.tooltip("name")
			.interactive(false)
			.zIndex(zIndex);
	}

	private MapLayer bins(String id, CoverageMapData<?> data, String color, String tooltipKey) {
		List<MapFeature> features = data.bins()
			.stream()
			.map(b -> MapFeature.point(b.gx() + ":" + b.gy(), b.longitude(), b.latitude(),
					Map.of(MapLayer.COUNT, b.count(), "name",
							map.getTranslation(tooltipKey, CoverageNotice.count(b.count()),
									CoverageNotice.count(b.workers())))))
			.toList();
		return MapLayer.bins(id, features, LayerStyle.fixed(color)).tooltip("name");
	}

	/** The uncovered area of each district (one shape each). */
	void showArea(List<UncoveredArea> area) {
		map.setLayer(MapLayer
			.shapes(AREA,
					area.stream()
						.filter(a -> a.geometryGeoJson() != null)
						.map(a -> MapFeature.shape(a.districtCode(), Objects.requireNonNull(a.geometryGeoJson()),
								Map.of("name",
										map.getTranslation("coverage.area.tooltip",
												CoverageNotice.percent(a.uncoveredPercent())))))
						.toList(),
					LayerStyle.fixed("#c0392b").withFill(0.18).withStroke("#c0392b", 0.5, "4 3"))
			.tooltip("name")
			.zIndex(15));
	}

	/**
	 * The run's hex grid of {@code size} metres for the hexagons in view; when the view
	 * holds too many of them the planner is asked to zoom in (once per size).
	 */
	void showHex(CoverageRun run, int size) {
		hexNoticeShown = 0;
		map.setViewportLayer(HEX, view -> {
			List<HexCell> cells;
			try {
				cells = maps.hexGridInView(run, size, Math.max(-180, view.west()), Math.max(-90, view.south()),
						Math.min(180, view.east()), Math.min(90, view.north()), coverage.newCancellation());
			}
			catch (InvalidInputException tooMany) {
				if (hexNoticeShown != size) {
					hexNoticeShown = size;
					var problem = tooMany.problems().getFirst();
					CoverageNotice.show(map.getTranslation(problem.messageKey(), problem.args().toArray()), false);
				}
				cells = List.of();
			}
			return hexLayer(cells);
		});
	}

	private MapLayer hexLayer(List<HexCell> cells) {
		long max = Math.max(1, cells.stream().mapToLong(HexCell::uncoveredWorkers).max().orElse(1));
		List<Double> breaks = List.of(max * 0.05, max * 0.15, max * 0.35, max * 0.6);
		return MapLayer.shapes(HEX, cells.stream()
			.map(c -> MapFeature.shape(c.geometryGeoJson().hashCode(), c.geometryGeoJson(),
					Map.of("workers", c.uncoveredWorkers(), "name",
							map.getTranslation("coverage.hex.tooltip", c.uncoveredWorkers(), c.uncoveredPoints()))))
			.toList(), LayerStyle.choropleth("workers", breaks, HEX_RAMP)).tooltip("name").zIndex(12);
	}

	void showSites(List<SitingSuggestion> result) {
		suggestions = result;
		map.setLayer(MapLayer
			.markers(SITES,
					result.stream()
						.map(s -> MapFeature.point(s.rank(), s.longitude(), s.latitude(),
								Map.of("name", "#" + s.rank() + " +" + s.addedWorkers())))
						.toList(),
					LayerStyle.fixed(SITE_COLOR))
			.clustered(false)
			.tooltip("name")
			.zIndex(50));
	}

	/** A suggestion's popup (from the grid or its marker): planners can plan it. */
	void showSite(SitingSuggestion s) {
		map.flyTo(s.longitude(), s.latitude(), 14);
		List<MapPopup.Action> actions = canPlan
				? List.of(new MapPopup.Action(PLAN, map.getTranslation("coverage.siting.plan"))) : List.of();
		map.showPopup(SITES, String.valueOf(s.rank()), s.longitude(), s.latitude(), new MapPopup(
				map.getTranslation("coverage.siting.popup", s.rank()), labels.type(type),
				List.of(new MapPopup.Row(map.getTranslation("coverage.siting.added"), String.valueOf(s.addedWorkers())),
						new MapPopup.Row(map.getTranslation("coverage.siting.after"),
								CoverageNotice.percent(s.cityCoveragePercentAfter()))),
				actions));
	}

	/** The run's layers go (the stations and demand stay). */
	void clearResults() {
		for (String layer : List.of(UNCOVERED, AREA, HEX, SITES)) {
			map.removeLayer(layer);
		}
		suggestions = List.of();
	}

	private void legend(CoverageScope scope) {
		List<MapLegend.Item> items = new ArrayList<>();
		items.add(new MapLegend.Item(StationLabels.COLORS.get(scope.type()), labels.type(scope.type()), false));
		items.add(new MapLegend.Item(UNCOVERED_COLOR, map.getTranslation("coverage.legend.uncovered"), false));
		items.add(new MapLegend.Item("#c0392b", map.getTranslation("coverage.legend.area"), true));
		items.add(new MapLegend.Item(SITE_COLOR, map.getTranslation("coverage.legend.site"), false));
		map.setLegend(new MapLegend(map.getTranslation("map.legend"), items));
	}

	private static BinGrid grid(Viewport view) {
		return BinGrid.forView(view.west(), view.south(), view.east(), view.north(), view.zoom(), CELL_PX);
	}

}
