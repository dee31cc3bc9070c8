package org.unionstations.portal.coverage.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.audit.ui.HistoryGrid;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.NameOrder;
import org.unionstations.portal.base.ui.CoordinateSystemSelect;
import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.base.ui.ProblemText;
import org.unionstations.portal.base.ui.TableUpload;
import org.unionstations.portal.coverage.AnalysisCancelledException;
import org.unionstations.portal.coverage.AnalysisRunner;
import org.unionstations.portal.coverage.Cancellation;
import org.unionstations.portal.coverage.Candidate;
import org.unionstations.portal.coverage.CandidateColumn;
import org.unionstations.portal.coverage.CandidateFile;
import org.unionstations.portal.coverage.CandidateRow;
import org.unionstations.portal.coverage.CoverageExportService;
import org.unionstations.portal.coverage.CoverageResults;
import org.unionstations.portal.coverage.CoverageRow;
import org.unionstations.portal.coverage.CoverageScope;
import org.unionstations.portal.coverage.CoverageService;
import org.unionstations.portal.coverage.DemandFilter;
import org.unionstations.portal.coverage.DemandPointService;
import org.unionstations.portal.station.CoverageStandardService;
import org.unionstations.portal.coverage.HexCell;
import org.unionstations.portal.station.RadiusSetting;
import org.unionstations.portal.coverage.SitingSuggestion;
import org.unionstations.portal.coverage.UncoveredArea;
import org.unionstations.portal.coverage.UncoveredPoint;
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
import org.unionstations.portal.station.StationDetails;
import org.unionstations.portal.station.StationDraft;
import org.unionstations.portal.station.StationFilter;
import org.unionstations.portal.station.StationMarker;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;
import org.unionstations.portal.station.ui.StationLabels;

/**
 * What planners open the portal for: who is outside the service circle, where, and where
 * the next stations should go. Analyses run off the UI thread with a progress bar and can
 * be cancelled; the map shows stations, circles, uncovered demand, the uncovered area,
 * the hex grid and siting suggestions, with the tables below it.
 */
@Route("coverage")
@Menu(order = 7, icon = "vaadin:crosshairs", title = "nav.coverage")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER, Role.Name.LEADER })
class CoverageView extends SplitLayout implements HasDynamicTitle {

	static final String STATIONS = "cov-stations";

	static final String CIRCLES = "cov-circles";

	static final String UNCOVERED = "cov-uncovered";

	static final String AREA = "cov-area";

	static final String HEX = "cov-hex";

	static final String SITES = "cov-sites";

	static final String DEMAND = "cov-demand";

	static final String PLAN = "plan";

	private static final List<String> HEX_RAMP = List.of("#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15");

	private final CoverageService coverage;

	private final CoverageStandardService standards;

	private final StationService stations;

	private final AnalysisRunner runner;

	private final DemandPointService demand;

	private final StationLabels labels = new StationLabels(this);

	final Checkbox showDemand = new Checkbox();

	private final PortalMap map;

	final Select<StationType> type = new Select<>();

	final Checkbox includePlanned = new Checkbox();

	final IntegerField radius = new IntegerField();

	final IntegerField hexSize = new IntegerField();

	final IntegerField sites = new IntegerField();

	final Button runCoverage = new Button();

	final Button runHex = new Button();

	final Button runSiting = new Button();

	final Button cancel = new Button();

	final ProgressBar progress = new ProgressBar();

	final Span progressText = new Span();

	final Span summary = new Span();

	final HistoryGrid radiusHistory = new HistoryGrid(field -> getTranslation("coverage.radius"),
			(field, value) -> value + " " + getTranslation("unit.metres"));

	final Grid<CoverageRow> districtGrid = new Grid<>();

	final Grid<UncoveredPoint> uncoveredGrid = new Grid<>();

	final Grid<UncoveredArea> areaGrid = new Grid<>();

	final Grid<SitingSuggestion> siteGrid = new Grid<>();

	/** "Export to Excel": a button in a download link, enabled once there are results. */
	final Anchor export = new Anchor();

	final Button exportButton = new Button();

	private final CoverageExportService exports;

	private @Nullable CoverageResults results;

	/** Candidate sites from a file, for siting; none means hexagon centres. */
	final CoordinateSystemSelect candidateCrs = new CoordinateSystemSelect();

	final TableUpload candidateUpload = new TableUpload(this::readCandidates);

	final Span candidateInfo = new Span();

	final Div candidateProblems = new Div();

	final Button useHexCentres = new Button();

	private final ProblemText problemText = new ProblemText(this, CandidateColumn.values());

	private List<Candidate> candidates = List.of();

	private @Nullable String candidateFileName;

	private byte @Nullable [] candidateContent;

	/** Whether the suggestions on screen came from uploaded candidates. */
	private boolean suggestionsNamed;

	private @Nullable Cancellation running;

	private @Nullable UI ui;

	private List<SitingSuggestion> suggestions = List.of();

	/**
	 * The version of the radius the form shows: a save from this form is based on it, so
	 * a change someone else saved meanwhile is refused instead of overwritten.
	 */
	private long loadedRadiusVersion;

	CoverageView(CoverageService coverage, CoverageStandardService standards, StationService stations,
			DistrictService districts, DemandPointService demand, AnalysisRunner runner, BaseMap baseMap,
			CoverageExportService exports) {
		this.coverage = coverage;
		this.exports = exports;
		this.demand = demand;
		this.standards = standards;
		this.stations = stations;
		this.runner = runner;
		setSizeFull();
		setSplitterPosition(24);
		addClassName("coverage-view");

		map = new PortalMap(baseMap);
		map.setId("coverage-map");
		map.setSizeFull();
		DistrictBaseLayer.showOn(map, districts, getLocale());
		DistrictBaseLayer.fitCity(map, districts);
		map.addPopupActionListener(e -> {
			if (PLAN.equals(e.getAction())) {
				plan(suggestions.get(Integer.parseInt(e.getFeatureId()) - 1));
			}
		});
		map.addMarkerClickListener(e -> {
			if (SITES.equals(e.getLayerId())) {
				showSitePopup(suggestions.get(Integer.parseInt(e.getFeatureId()) - 1));
			}
		});

		VerticalLayout right = new VerticalLayout(map, results());
		right.setSizeFull();
		right.setPadding(false);
		right.setFlexGrow(3, map);
		right.setFlexGrow(2, right.getComponentAt(1));
		// the controls are taller than a laptop screen: they scroll on their own, so the
		// last section (siting) can always be reached
		Scroller controls = new Scroller(controls(), Scroller.ScrollDirection.VERTICAL);
		controls.setId("coverage-controls");
		controls.setSizeFull();
		addToPrimary(controls);
		addToSecondary(right);
		showStations();
	}

	private VerticalLayout controls() {
		type.setLabel(getTranslation("station.type"));
		type.setItems(StationType.values());
		type.setItemLabelGenerator(labels::type);
		type.setValue(StationType.UNION_POST_STATION);
		type.setId("coverage-type");
		type.addValueChangeListener(e -> {
			loadRadius();
			showStations();
			clearResults();
		});
		includePlanned.setLabel(getTranslation("coverage.include-planned"));
		includePlanned.setId("coverage-include-planned");
		includePlanned.addValueChangeListener(e -> {
			showStations();
			clearResults();
		});

		showDemand.setLabel(getTranslation("coverage.show-demand"));
		showDemand.setId("coverage-show-demand");
		showDemand.addValueChangeListener(e -> showDemand(e.getValue()));

		radius.setLabel(getTranslation("coverage.radius"));
		radius.setSuffixComponent(new Span(getTranslation("unit.metres")));
		radius.setId("coverage-radius");
		radius.setMin(50);
		radius.setMax(50_000);
		Button saveRadius = new Button(getTranslation("coverage.radius.save"), e -> saveRadius());
		saveRadius.setId("coverage-radius-save");
		saveRadius.setVisible(stations.canEdit());
		radius.setReadOnly(!stations.canEdit());
		radiusHistory.setId("coverage-radius-history");
		com.vaadin.flow.component.details.Details radiusInfo = new com.vaadin.flow.component.details.Details(
				getTranslation("coverage.radius.history"), radiusHistory);
		radiusInfo.setId("coverage-radius-info");

		runCoverage.setText(getTranslation("coverage.run"));
		runCoverage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		runCoverage.setId("coverage-run");
		runCoverage.addClickListener(e -> runCoverage());

		hexSize.setLabel(getTranslation("coverage.hex.size"));
		hexSize.setSuffixComponent(new Span(getTranslation("unit.metres")));
		hexSize.setMin(CoverageService.MIN_HEX_METRES);
		hexSize.setMax(CoverageService.MAX_HEX_METRES);
		hexSize.setStep(100);
		hexSize.setValue(1000);
		hexSize.setId("coverage-hex-size");
		runHex.setText(getTranslation("coverage.hex.run"));
		runHex.setId("coverage-hex-run");
		runHex.addClickListener(e -> runHex());

		sites.setLabel(getTranslation("coverage.siting.k"));
		sites.setMin(1);
		sites.setMax(CoverageService.MAX_SITES);
		sites.setValue(5);
		sites.setId("coverage-siting-k");
		runSiting.setText(getTranslation("coverage.siting.run"));
		runSiting.setId("coverage-siting-run");
		runSiting.setVisible(stations.canEdit());
		runSiting.addClickListener(e -> runSiting());

		cancel.setText(getTranslation("action.cancel"));
		cancel.setId("coverage-cancel");
		cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		cancel.addClickListener(e -> {
			if (running != null) {
				running.cancel();
			}
		});
		progress.setIndeterminate(true);
		progress.setId("coverage-progress");
		progressText.setId("coverage-progress-text");
		Div candidateBox = candidateControls();
		Div busy = new Div(progressText, progress, cancel);
		busy.addClassName("coverage-busy");
		setBusy(false);
		summary.setId("coverage-summary");
		summary.addClassName("coverage-summary");
		exportButton.setText(getTranslation("coverage.export"));
		exportButton.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
		exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		export.setId("coverage-export");
		export.setHref(workbookDownload(), AttachmentType.DOWNLOAD);
		export.add(exportButton);
		export.setEnabled(false);

		// leaders may read siting results but not run siting: they get a sentence, not a
		// form without a button
		VerticalLayout sitingForm = new VerticalLayout(sites, candidateBox, runSiting);
		sitingForm.setId("coverage-siting-form");
		sitingForm.setPadding(false);
		sitingForm.setVisible(stations.canEdit());
		Paragraph sitingReadOnly = new Paragraph(getTranslation("coverage.siting.planners-only"));
		sitingReadOnly.setId("coverage-siting-read-only");
		sitingReadOnly.addClassName("field-hint");
		sitingReadOnly.setVisible(!stations.canEdit());
		VerticalLayout panel = new VerticalLayout(type, includePlanned, showDemand, radius, saveRadius, radiusInfo,
				runCoverage, summary, export, new H4(getTranslation("coverage.hex.title")), hexSize, runHex,
				new H4(getTranslation("coverage.siting.title")), sitingForm, sitingReadOnly, busy);
		panel.setMinWidth("240px");
		loadRadius();
		return panel;
	}

	/**
	 * Planners may upload the candidate sites to choose from (name, longitude, latitude);
	 * every bad row is shown, and the file is used only when it is clean.
	 */
	private Div candidateControls() {
		candidateCrs.setId("coverage-candidates-crs");
		candidateCrs.setWidthFull();
		candidateCrs.addValueChangeListener(e -> {
			if (candidateFileName != null && candidateContent != null) {
				readCandidates(candidateFileName, candidateContent);
			}
		});
		candidateUpload.setId("coverage-candidates-upload");
		candidateUpload.addFileRemovedListener(e -> useHexCentres());
		candidateInfo.setId("coverage-candidates-info");
		candidateInfo.addClassName("field-hint");
		candidateProblems.setId("coverage-candidates-problems");
		candidateProblems.addClassName("candidate-problems");
		useHexCentres.setText(getTranslation("coverage.candidates.clear"));
		useHexCentres.setId("coverage-candidates-clear");
		useHexCentres.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		useHexCentres.addClickListener(e -> useHexCentres());
		Span help = new Span(getTranslation("coverage.candidates.help"));
		help.addClassName("field-hint");
		Anchor template = new Anchor(candidateTemplate(), AttachmentType.DOWNLOAD, getTranslation("import.template"));
		template.setId("coverage-candidates-template");
		Div box = new Div(help, template, candidateCrs, candidateUpload, candidateInfo, useHexCentres,
				candidateProblems);
		box.setId("coverage-candidates");
		box.addClassName("coverage-candidates");
		box.setVisible(stations.canEdit());
		showCandidateInfo();
		return box;
	}

	/**
	 * Reads an uploaded file of candidate sites and shows every problem; its candidates
	 * replace the hexagon centres only when it has none. The upload calls it with the
	 * whole file.
	 */
	void readCandidates(String fileName, byte[] content) {
		candidateFileName = fileName;
		candidateContent = content;
		CandidateFile file = coverage.readCandidates(fileName, content, candidateCrs.getValue());
		candidates = file.candidates();
		candidateProblems.removeAll();
		if (!file.canCommit()) {
			candidateProblems.add(problemLine(getTranslation("coverage.candidates.rejected")));
		}
		file.fileProblems().forEach(p -> candidateProblems.add(problemLine(problemText.describe(p))));
		for (CandidateRow row : file.rows()) {
			row.problems()
				.forEach(p -> candidateProblems.add(problemLine(
						getTranslation("coverage.candidates.row", row.rowNumber(), problemText.describe(p)))));
		}
		showCandidateInfo();
	}

	private void useHexCentres() {
		candidates = List.of();
		candidateFileName = null;
		candidateContent = null;
		candidateUpload.clearFileList();
		candidateProblems.removeAll();
		showCandidateInfo();
	}

	private void showCandidateInfo() {
		boolean loaded = !candidates.isEmpty();
		candidateInfo
			.setText(loaded ? getTranslation("coverage.candidates.loaded", candidates.size(), candidateFileName)
					: getTranslation("coverage.candidates.hex"));
		useHexCentres.setVisible(loaded);
	}

	private static Paragraph problemLine(String text) {
		Paragraph line = new Paragraph(text);
		line.addClassName("import-problem");
		return line;
	}

	private TabSheet results() {
		districtGrid.setId("coverage-district-grid");
		districtGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		districtGrid.addColumn(r -> r.isCityTotal() ? getTranslation("coverage.city") : r.districtName(getLocale()))
			.setHeader(getTranslation("station.district"))
			.setKey("district")
			.setAutoWidth(true);
		number(districtGrid, "coverage.points", CoverageRow::points);
		number(districtGrid, "coverage.uncovered-points", CoverageRow::uncoveredPoints);
		number(districtGrid, "coverage.workers", CoverageRow::workers);
		number(districtGrid, "coverage.covered-workers", CoverageRow::coveredWorkers);
		number(districtGrid, "coverage.uncovered-workers", CoverageRow::uncoveredWorkers);
		districtGrid.addColumn(r -> percent(r.workerCoveragePercent()))
			.setHeader(getTranslation("coverage.worker-coverage"))
			.setKey("coverage")
			.setAutoWidth(true)
			.setTextAlign(ColumnTextAlign.END);
		districtGrid.setEmptyStateText(getTranslation("coverage.empty.run"));

		uncoveredGrid.setId("coverage-uncovered-grid");
		uncoveredGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		uncoveredGrid.addColumn(UncoveredPoint::name)
			.setHeader(getTranslation("demand.name"))
			.setTooltipGenerator(UncoveredPoint::name)
			.setSortable(true)
			.setComparator(NameOrder.by(UncoveredPoint::name))
			.setFlexGrow(3)
			.setKey("name");
		uncoveredGrid.addColumn(p -> getTranslation("demand.category." + p.category().name()))
			.setHeader(getTranslation("demand.category"))
			.setSortable(true)
			.setAutoWidth(true)
			.setKey("category");
		uncoveredGrid.addColumn(UncoveredPoint::workers)
			.setHeader(getTranslation("demand.workers"))
			.setSortable(true)
			.setComparator(UncoveredPoint::workers)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("workers");
		uncoveredGrid
			.addColumn(p -> p.nearestStationMetres() == null ? "—"
					: String.format(Locale.ROOT, "%,.0f", p.nearestStationMetres()))
			.setHeader(getTranslation("coverage.nearest"))
			.setSortable(true)
			.setComparator(p -> p.nearestStationMetres() == null ? Double.MAX_VALUE : p.nearestStationMetres())
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("nearest");
		uncoveredGrid.addColumn(p -> "zh".equals(getLocale().getLanguage()) ? p.districtNameZh() : p.districtNameEn())
			.setHeader(getTranslation("station.district"))
			.setSortable(true)
			.setComparator(
					NameOrder.by(p -> "zh".equals(getLocale().getLanguage()) ? p.districtNameZh() : p.districtNameEn()))
			.setAutoWidth(true)
			.setKey("district");
		uncoveredGrid.setEmptyStateText(getTranslation("coverage.empty.run"));
		uncoveredGrid.addItemClickListener(e -> map.flyTo(e.getItem().longitude(), e.getItem().latitude(), 15));

		areaGrid.setId("coverage-area-grid");
		areaGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
		areaGrid.addColumn(a -> "zh".equals(getLocale().getLanguage()) ? a.districtNameZh() : a.districtNameEn())
			.setHeader(getTranslation("station.district"))
			.setAutoWidth(true)
			.setKey("district");
		areaGrid.addColumn(a -> String.format(Locale.ROOT, "%,.1f", a.districtKm2()))
			.setHeader(getTranslation("coverage.area.district"))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("km2");
		areaGrid.addColumn(a -> String.format(Locale.ROOT, "%,.1f", a.uncoveredKm2()))
			.setHeader(getTranslation("coverage.area.uncovered"))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("uncovered");
		areaGrid.addColumn(a -> percent(a.uncoveredPercent()))
			.setHeader(getTranslation("coverage.area.percent"))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("percent");

		areaGrid.setEmptyStateText(getTranslation("coverage.empty.run"));

		siteGrid.setId("coverage-site-grid");
		siteGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
		siteGrid.addColumn(SitingSuggestion::rank).setHeader("#").setAutoWidth(true).setKey("rank");
		siteGrid.addColumn(SitingSuggestion::label)
			.setHeader(getTranslation("coverage.siting.candidate"))
			.setKey("candidate")
			.setTooltipGenerator(SitingSuggestion::label)
			.setAutoWidth(true)
			.setVisible(false);
		siteGrid.addColumn(s -> String.format(Locale.ROOT, "%.5f, %.5f", s.longitude(), s.latitude()))
			.setHeader(getTranslation("station.location"))
			.setAutoWidth(true)
			.setKey("location");
		siteGrid.addColumn(SitingSuggestion::addedWorkers)
			.setHeader(getTranslation("coverage.siting.added"))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("added");
		siteGrid.addColumn(s -> percent(s.cityCoveragePercentAfter()))
			.setHeader(getTranslation("coverage.siting.after"))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("after");
		siteGrid.addComponentColumn(s -> {
			Button plan = new Button(getTranslation("coverage.siting.plan"), e -> plan(s));
			plan.addThemeVariants(ButtonVariant.LUMO_SMALL);
			plan.setVisible(stations.canEdit());
			return plan;
		}).setKey("plan").setAutoWidth(true);
		siteGrid.addItemClickListener(e -> map.flyTo(e.getItem().longitude(), e.getItem().latitude(), 14));
		siteGrid.setEmptyStateText(
				getTranslation(stations.canEdit() ? "coverage.empty.siting" : "coverage.siting.planners-only"));

		TabSheet tabs = new TabSheet();
		tabs.setId("coverage-tabs");
		tabs.setSizeFull();
		tabs.add(getTranslation("coverage.tab.districts"), districtGrid);
		tabs.add(getTranslation("coverage.tab.uncovered"), uncoveredGrid);
		tabs.add(getTranslation("coverage.tab.area"), areaGrid);
		tabs.add(getTranslation("coverage.tab.sites"), siteGrid);
		return tabs;
	}

	private CoverageScope scope() {
		return new CoverageScope(type.getValue(), includePlanned.getValue());
	}

	private void loadRadius() {
		RadiusSetting setting = standards.list()
			.stream()
			.filter(s -> s.type() == type.getValue())
			.findFirst()
			.orElseThrow();
		radius.setValue(setting.radiusMetres());
		loadedRadiusVersion = setting.version();
		radius.setInvalid(false);
		radiusHistory.setRevisions(standards.history(type.getValue()));
	}

	private void saveRadius() {
		try {
			Integer metres = radius.getValue();
			standards.setRadius(type.getValue(), metres == null ? 0 : metres, loadedRadiusVersion);
			notify(getTranslation("coverage.radius.saved", labels.type(type.getValue()), metres), true);
			loadRadius();
			showStations();
			clearResults();
		}
		catch (InvalidInputException e) {
			radius.setErrorMessage(
					getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().args().toArray()));
			radius.setInvalid(true);
		}
		catch (ConcurrentEditException e) {
			notify(getTranslation("coverage.radius.conflict", labels.type(type.getValue())), false);
			loadRadius();
		}
	}

	/** The stations of the chosen type that count, with their service circles. */
	private void showStations() {
		StationFilter filter = StationFilter.ALL.withTypes(java.util.Set.of(type.getValue()))
			.withStatuses(includePlanned.getValue()
					? java.util.Set.of(StationStatus.OPEN, StationStatus.PLANNED, StationStatus.UNDER_CONSTRUCTION)
					: java.util.Set.of(StationStatus.OPEN));
		List<StationMarker> markers = stations.markers(filter);
		String color = StationLabels.COLORS.get(type.getValue());
		List<MapFeature> features = markers.stream()
			.map(m -> MapFeature.point(m.id(), m.longitude(), m.latitude(), Map.of("name", m.name())))
			.toList();
		map.setLayer(MapLayer.markers(STATIONS, features, LayerStyle.fixed(color))
			.clustered(false)
			.tooltip("name")
			.interactive(false)
			.zIndex(40));
		map.setLayer(MapLayer.circles(CIRCLES, features, LayerStyle.fixed(color), standards.radius(type.getValue())));
		legend();
	}

	/** Every demand point (clustered), whatever its coverage: where the workers are. */
	private void showDemand(boolean show) {
		if (!show) {
			map.removeLayer(DEMAND);
			return;
		}
		map.setLayer(MapLayer
			.markers(DEMAND,
					demand.all(DemandFilter.ALL)
						.stream()
						.map(p -> MapFeature.point(p.id(), p.longitude(), p.latitude(),
								Map.of("name", p.name() + " · " + p.workers())))
						.toList(),
					LayerStyle.fixed("#6c757d"))
			.tooltip("name")
			.interactive(false)
			.zIndex(25));
	}

	private void legend() {
		List<MapLegend.Item> items = new ArrayList<>();
		items.add(new MapLegend.Item(StationLabels.COLORS.get(type.getValue()), labels.type(type.getValue()), false));
		items.add(new MapLegend.Item("#e4572e", getTranslation("coverage.legend.uncovered"), false));
		items.add(new MapLegend.Item("#c0392b", getTranslation("coverage.legend.area"), true));
		items.add(new MapLegend.Item("#1d3557", getTranslation("coverage.legend.site"), false));
		map.setLegend(new MapLegend(getTranslation("map.legend"), items));
	}

	private void clearResults() {
		for (String layer : List.of(UNCOVERED, AREA, HEX, SITES)) {
			map.removeLayer(layer);
		}
		districtGrid.setItems(List.of());
		uncoveredGrid.setItems(List.of());
		uncoveredGrid.setEmptyStateText(getTranslation("coverage.empty.run"));
		areaGrid.setItems(List.of());
		siteGrid.setItems(List.of());
		siteGrid.setEmptyStateText(
				getTranslation(stations.canEdit() ? "coverage.empty.siting" : "coverage.siting.planners-only"));
		summary.setText("");
		suggestions = List.of();
		suggestionsNamed = false;
		results = null;
		export.setEnabled(false);
	}

	/**
	 * Analyses 1–3 together: the district table, the uncovered list and the uncovered
	 * area.
	 */
	void runCoverage() {
		CoverageScope scope = scope();
		start(c -> {
			step("coverage.progress.report", 0.1);
			List<CoverageRow> rows = coverage.report(scope, c);
			step("coverage.progress.uncovered", 0.4);
			List<UncoveredPoint> uncovered = coverage.uncovered(scope, c);
			step("coverage.progress.area", 0.7);
			List<UncoveredArea> area = coverage.uncoveredArea(scope, c);
			return new CoverageResults(rows, uncovered, area);
		}, this::showCoverage);
	}

	void runHex() {
		CoverageScope scope = scope();
		Integer size = hexSize.getValue();
		if (size == null || size < CoverageService.MIN_HEX_METRES || size > CoverageService.MAX_HEX_METRES) {
			hexSize.setErrorMessage(getTranslation("coverage.validation.hex", CoverageService.MIN_HEX_METRES,
					CoverageService.MAX_HEX_METRES));
			hexSize.setInvalid(true);
			return;
		}
		hexSize.setInvalid(false);
		start(c -> coverage.hexGrid(scope, size, c), this::showHex);
	}

	void runSiting() {
		CoverageScope scope = scope();
		Integer k = sites.getValue();
		Integer size = hexSize.getValue();
		if (k == null || k < 1 || k > CoverageService.MAX_SITES) {
			sites.setErrorMessage(getTranslation("coverage.validation.k", 1, CoverageService.MAX_SITES));
			sites.setInvalid(true);
			return;
		}
		sites.setInvalid(false);
		int hex = size == null ? 1000 : size;
		List<Candidate> uploaded = candidates;
		start(c -> coverage.suggestSites(scope, k, hex, uploaded, c, (key, fraction) -> step(key, fraction)),
				result -> showSites(result, !uploaded.isEmpty()));
	}

	/**
	 * Runs an analysis off the UI thread; the result (or the failure) comes back through
	 * UI.access.
	 */
	private <T> void start(Function<Cancellation, T> analysis, Consumer<T> show) {
		if (running != null || ui == null) {
			return;
		}
		Cancellation cancellation = coverage.newCancellation();
		running = cancellation;
		setBusy(true);
		step("coverage.progress.start", 0);
		CompletableFuture<T> future = runner.submit(() -> analysis.apply(cancellation));
		UI owner = ui;
		future.whenComplete((result, error) -> owner.access(() -> {
			running = null;
			setBusy(false);
			if (error == null) {
				show.accept(result);
			}
			else if (rootCause(error) instanceof AnalysisCancelledException) {
				notify(getTranslation("coverage.cancelled"), false);
			}
			else if (rootCause(error) instanceof InvalidInputException invalid) {
				notify(getTranslation(invalid.problems().getFirst().messageKey(),
						invalid.problems().getFirst().args().toArray()), false);
			}
			else {
				// the portal's one error handler: translated message, incident id, logged
				owner.getSession()
					.getErrorHandler()
					.error(new ErrorEvent(error instanceof CompletionException wrapped && wrapped.getCause() != null
							? wrapped.getCause() : error));
			}
		}));
	}

	private void step(String key, double fraction) {
		UI owner = ui;
		if (owner != null) {
			owner.access(() -> {
				progressText.setText(getTranslation(key));
				progress.setIndeterminate(fraction <= 0);
				progress.setValue(Math.max(0, Math.min(1, fraction)));
			});
		}
	}

	private void setBusy(boolean busy) {
		progress.setVisible(busy);
		progressText.setVisible(busy);
		cancel.setVisible(busy);
		runCoverage.setEnabled(!busy);
		runHex.setEnabled(!busy);
		runSiting.setEnabled(!busy);
	}

	private void showCoverage(CoverageResults result) {
		results = result.withSuggestions(suggestions, suggestionsNamed);
		export.setEnabled(true);
		districtGrid.setItems(result.rows());
		uncoveredGrid.setItems(result.uncovered());
		uncoveredGrid.setEmptyStateText(getTranslation("coverage.empty.all-covered"));
		areaGrid.setItems(result.area());
		result.rows()
			.stream()
			.filter(CoverageRow::isCityTotal)
			.findFirst()
			.ifPresent(city -> summary.setText(getTranslation("coverage.summary", percent(city.workerCoveragePercent()),
					city.uncoveredWorkers(), city.uncoveredPoints())));
		map.setLayer(MapLayer
			.markers(UNCOVERED,
					result.uncovered()
						.stream()
						.map(p -> MapFeature.point(p.id(), p.longitude(), p.latitude(),
								Map.of("name", p.name() + " · " + p.workers())))
						.toList(),
					LayerStyle.fixed("#e4572e"))
			.tooltip("name")
			.interactive(false)
			.zIndex(35));
		map.setLayer(MapLayer
			.shapes(AREA,
					result.area()
						.stream()
						.filter(a -> a.geometryGeoJson() != null)
						.map(a -> MapFeature.shape(a.districtCode(), a.geometryGeoJson(),
								Map.of("name", getTranslation("coverage.area.tooltip", percent(a.uncoveredPercent())))))
						.toList(),
					LayerStyle.fixed("#c0392b").withFill(0.18).withStroke("#c0392b", 0.5, "4 3"))
			.tooltip("name")
			.zIndex(15));
	}

	private void showHex(List<HexCell> cells) {
		long max = cells.stream().mapToLong(HexCell::uncoveredWorkers).max().orElse(1);
		List<Double> breaks = List.of(max * 0.05, max * 0.15, max * 0.35, max * 0.6);
		map.setLayer(
				MapLayer
					.shapes(HEX,
							cells.stream()
								.map(c -> MapFeature.shape(c.geometryGeoJson().hashCode(), c.geometryGeoJson(),
										Map.of("workers", c.uncoveredWorkers(), "name",
												getTranslation("coverage.hex.tooltip", c.uncoveredWorkers(),
														c.uncoveredPoints()))))
								.toList(),
							LayerStyle.choropleth("workers", breaks, HEX_RAMP))
					.tooltip("name")
					.zIndex(12));
		notify(getTranslation("coverage.hex.done", cells.size()), true);
	}

	private void showSites(List<SitingSuggestion> result, boolean named) {
		suggestions = result;
		suggestionsNamed = named;
		siteGrid.getColumnByKey("candidate").setVisible(named);
		if (results != null) {
			results = results.withSuggestions(result, named);
		}
		siteGrid.setItems(result);
		siteGrid.setEmptyStateText(getTranslation("coverage.siting.none"));
		map.setLayer(MapLayer
			.markers(SITES,
					result.stream()
						.map(s -> MapFeature.point(s.rank(), s.longitude(), s.latitude(),
								Map.of("name", "#" + s.rank() + " +" + s.addedWorkers())))
						.toList(),
					LayerStyle.fixed("#1d3557"))
			.clustered(false)
			.tooltip("name")
			.zIndex(50));
		if (result.isEmpty()) {
			notify(getTranslation("coverage.siting.none"), false);
		}
	}

	private void showSitePopup(SitingSuggestion s) {
		List<MapPopup.Action> actions = stations.canEdit()
				? List.of(new MapPopup.Action(PLAN, getTranslation("coverage.siting.plan"))) : List.of();
		map.showPopup(SITES, String.valueOf(s.rank()), s.longitude(), s.latitude(), new MapPopup(
				getTranslation("coverage.siting.popup", s.rank()), labels.type(type.getValue()),
				List.of(new MapPopup.Row(getTranslation("coverage.siting.added"), String.valueOf(s.addedWorkers())),
						new MapPopup.Row(getTranslation("coverage.siting.after"),
								percent(s.cityCoveragePercentAfter()))),
				actions));
	}

	/**
	 * One click: the suggestion becomes a planned station in the registry, then opens in
	 * the editor.
	 */
	void plan(SitingSuggestion s) {
		StationDraft draft = new StationDraft();
		draft.setType(type.getValue());
		draft.setName(getTranslation("coverage.siting.station-name", labels.type(type.getValue()), s.rank(),
				java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
		draft.setAddress("");
		draft.setLongitude(s.longitude());
		draft.setLatitude(s.latitude());
		draft.setStatus(StationStatus.PLANNED);
		try {
			StationDetails created = stations.create(draft);
			notify(getTranslation("coverage.siting.planned", created.name()), true);
			getUI().ifPresent(u -> u.navigate("stations/edit/" + created.id()));
		}
		catch (InvalidInputException e) {
			notify(getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().args().toArray()),
					false);
		}
	}

	private DownloadHandler candidateTemplate() {
		Locale locale = getLocale();
		return event -> {
			byte[] xlsx = coverage.candidateTemplate(locale);
			event.setFileName("candidate-sites-template.xlsx");
			event.setContentType(ExportMenu.XLSX_TYPE);
			event.setContentLength(xlsx.length);
			try (OutputStream out = event.getOutputStream()) {
				out.write(xlsx);
			}
		};
	}

	/**
	 * The results on screen as one workbook, read under the session lock when the
	 * download starts.
	 */
	private DownloadHandler workbookDownload() {
		return event -> {
			CoverageResults[] current = new CoverageResults[1];
			Locale[] locale = new Locale[1];
			event.getUI().accessSynchronously(() -> {
				current[0] = results;
				locale[0] = getLocale();
			});
			if (current[0] == null) {
				event.getResponse().setStatus(404);
				return;
			}
			byte[] xlsx = exports.xlsx(current[0], locale[0]);
			event.setFileName("coverage-" + LocalDate.now(ExportMenu.CHINA) + ".xlsx");
			event.setContentType(ExportMenu.XLSX_TYPE);
			event.setContentLength(xlsx.length);
			try (OutputStream out = event.getOutputStream()) {
				out.write(xlsx);
			}
		};
	}

	private void number(Grid<CoverageRow> grid, String key, Function<CoverageRow, Long> value) {
		grid.addColumn(r -> String.format(Locale.ROOT, "%,d", value.apply(r)))
			.setHeader(getTranslation(key))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey(key);
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.1f%%", value);
	}

	private void notify(String text, boolean success) {
		Notification.show(text, 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
	}

	private static Throwable rootCause(Throwable t) {
		Throwable cause = t;
		while (cause.getCause() != null && cause != cause.getCause()) {
			cause = cause.getCause();
		}
		return cause;
	}

	@Override
	protected void onAttach(AttachEvent event) {
		ui = event.getUI();
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (running != null) {
			running.cancel();
		}
		ui = null;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("coverage.title");
	}

}
