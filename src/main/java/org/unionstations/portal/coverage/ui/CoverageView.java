package org.unionstations.portal.coverage.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.coverage.AnalysisRunner;
import org.unionstations.portal.coverage.Candidate;
import org.unionstations.portal.coverage.CoverageExportService;
import org.unionstations.portal.coverage.CoverageRunExpiredException;
import org.unionstations.portal.coverage.CoverageMapService;
import org.unionstations.portal.coverage.CoverageRun;
import org.unionstations.portal.coverage.CoverageScope;
import org.unionstations.portal.coverage.CoverageService;
import org.unionstations.portal.coverage.SitingSuggestion;
import org.unionstations.portal.coverage.UncoveredArea;
import org.unionstations.portal.coverage.UncoveredPoint;
import org.unionstations.portal.coverage.UncoveredSort;
import org.unionstations.portal.coverage.ui.CoverageMapOverlays.UncoveredInView;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.station.CoverageStandardService;
import org.unionstations.portal.station.StationDetails;
import org.unionstations.portal.station.StationDraft;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.ui.StationLabels;

/**
 * What planners open the portal for: who is outside the service circle, where, and where
 * the next stations should go. The view only wires its parts: {@link CoverageControls}
 * (what to analyse, the buttons, progress through {@link AnalysisPanel}),
 * {@link CoverageMapOverlays} (the map, served per viewport) and
 * {@link CoverageResultTables}. One click of 运行覆盖分析 makes one {@link CoverageRun} whose
 * materialised result every later analysis, page and map view reads.
 */
@Route("coverage")
@Menu(order = 7, icon = "vaadin:crosshairs", title = "nav.coverage")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER, Role.Name.LEADER })
class CoverageView extends SplitLayout implements HasDynamicTitle {

	final CoverageControls controls;

	final CoverageMapOverlays overlays;

	final CoverageResultTables tables;

	private final CoverageService coverage;

	private final StationService stations;

	private final AnalysisRunner runner;

	private final CoverageStandardService standards;

	private final StationLabels labels = new StationLabels(this);

	private @Nullable CoverageRun run;

	private List<SitingSuggestion> suggestions = List.of();

	private List<UncoveredArea> area = List.of();

	/** Whether the suggestions on screen came from uploaded candidates. */
	private boolean suggestionsNamed;

	CoverageView(CoverageService coverage, CoverageMapService maps, CoverageStandardService standards,
			StationService stations, DistrictService districts, AnalysisRunner runner, BaseMap baseMap,
			CoverageExportService exports) {
		this.coverage = coverage;
		this.runner = runner;
		this.stations = stations;
		this.standards = standards;
		boolean canPlan = stations.canEdit();
		RadiusControl radius = new RadiusControl(standards, canPlan, this::scopeChanged);
		AnalysisPanel analysis = new AnalysisPanel(coverage, runner, this::setBusy);
		controls = new CoverageControls(radius, new CandidateSitesPanel(coverage), analysis, canPlan);
		overlays = new CoverageMapOverlays(baseMap, coverage, maps, districts, getLocale(), canPlan, this::plan);
		UncoveredList uncovered = new UncoveredList(coverage, p -> overlays.flyTo(p.longitude(), p.latitude(), 15));
		tables = new CoverageResultTables(uncovered, canPlan, this::plan, overlays::showSite);
		CoverageDownloads downloads = new CoverageDownloads(exports, () -> run,
				() -> new Shown(area, suggestions, suggestionsNamed));
		controls.export.setHref(downloads.workbook(), AttachmentType.DOWNLOAD);
		controls.exportCsv.setHref(downloads.uncoveredCsv(), AttachmentType.DOWNLOAD);
		wire();

		setSizeFull();
		setSplitterPosition(24);
		addClassName("coverage-view");
		VerticalLayout right = new VerticalLayout(overlays.map, tables);
		right.setSizeFull();
		right.setPadding(false);
		// map and tables share the column 3 : 2 whatever the tables hold: a tab with
		// taller
		// content made the map smaller, which moved its viewport and asked every layer
		// again
		overlays.map.getStyle().set("flex", "3 1 0");
		tables.getStyle().set("flex", "2 1 0").set("min-height", "15rem");
		// the controls are taller than a laptop screen: they scroll on their own, so the
		// last section (siting) can always be reached
		Scroller left = new Scroller(controls, Scroller.ScrollDirection.VERTICAL);
		left.setId("coverage-controls");
		left.setSizeFull();
		addToPrimary(left);
		addToSecondary(right);
		radius.load(controls.type.getValue());
		scopeChanged();
	}

	private void setBusy(boolean busy) {
		controls.setBusy(busy);
	}

	private void wire() {
		controls.type.addValueChangeListener(e -> {
			controls.radius.load(e.getValue());
			scopeChanged();
		});
		controls.includePlanned.addValueChangeListener(e -> scopeChanged());
		controls.showDemand.addValueChangeListener(e -> overlays.showDemand(e.getValue()));
		controls.runCoverage.addClickListener(e -> runCoverage());
		controls.runHex.addClickListener(e -> runHex());
		controls.runSiting.addClickListener(e -> runSiting());
	}

	/**
	 * Type, planned stations or radius changed: the stations shown change, results go.
	 */
	private void scopeChanged() {
		CoverageScope scope = controls.scope();
		overlays.showStations(scope, standards.radius(scope.type()));
		run = null;
		area = List.of();
		suggestions = List.of();
		suggestionsNamed = false;
		overlays.clearResults();
		tables.clear();
		controls.setResults(false);
	}

	/**
	 * One run: the covered set materialised once, the district table, the first page of
	 * the uncovered list and the map drawn from it; then, in the background, the
	 * uncovered area and the distances that sorting by distance needs.
	 */
	void runCoverage() {
		CoverageScope scope = controls.scope();
		controls.analysis.start(c -> {
			controls.analysis.step("coverage.progress.report", 0.1);
			CoverageRun run = coverage.run(scope, c);
			// the map's layer is computed beside the page while the browser draws, and
			// the
			// list's first page comes back with the run, so the list draws at once
			CompletableFuture<@Nullable UncoveredInView> layer = overlays.uncoveredAhead(run, runner);
			return new FirstPage(run, coverage.uncoveredPage(run, UncoveredSort.WORKERS, 0, UncoveredList.PAGE), layer);
		}, first -> showRun(first.run(), first.rows(), first.layer()));
	}

	private void showRun(CoverageRun shown, List<UncoveredPoint> firstPage,
			CompletableFuture<@Nullable UncoveredInView> layer) {
		run = shown;
		controls.setResults(true);
		controls.summary
			.setText(getTranslation("coverage.summary", CoverageNotice.percent(shown.city().workerCoveragePercent()),
					shown.city().uncoveredWorkers(), shown.city().uncoveredPoints()));
		tables.showDistricts(shown.rows());
		tables.uncovered.show(shown, firstPage);
		UI ui = UI.getCurrent();
		layer.whenComplete((ahead, error) -> ui.access(() -> {
			if (shown == run) {
				// failed: the layer's source asks again, and shows what went wrong
				overlays.showUncovered(shown, error == null ? ahead : null);
			}
		}));
		awaitDistances(shown);
		controls.analysis.start(c -> {
			// after the map's layer: on two cores, beside it, the area would take half
			// the
			// machine from what the planner waits for
			layer.handle((ahead, error) -> ahead).join();
			controls.analysis.step("coverage.progress.area", 0.5);
			return coverage.uncoveredArea(shown, c);
		}, computed -> {
			if (shown == run) {
				area = computed;
				tables.showArea(computed);
				overlays.showArea(computed);
			}
		});
	}

	/**
	 * Sorting the uncovered list by distance needs every point's distance: the service
	 * computes them in the background after each run; the list offers the sort once that
	 * phase is done, without holding up the other analyses.
	 */
	private void awaitDistances(CoverageRun shown) {
		UI ui = UI.getCurrent();
		coverage.whenDistancesReady(shown).whenComplete((done, error) -> {
			if (!ui.isAttached()) {
				return;
			}
			ui.access(() -> {
				if (error == null) {
					tables.uncovered.distancesReady(shown);
				}
				else if (!(AnalysisPanel.rootCause(error) instanceof CoverageRunExpiredException)) {
					ui.getSession().getErrorHandler().error(new ErrorEvent(AnalysisPanel.rootCause(error)));
				}
			});
		});
	}

	void runHex() {
		Integer size = controls.hexSize.getValue();
		if (size == null || size < CoverageService.MIN_HEX_METRES || size > CoverageService.MAX_HEX_METRES) {
			controls.hexSize.setErrorMessage(getTranslation("coverage.validation.hex", CoverageService.MIN_HEX_METRES,
					CoverageService.MAX_HEX_METRES));
			controls.hexSize.setInvalid(true);
			return;
		}
		controls.hexSize.setInvalid(false);
		CoverageRun current = run;
		if (current == null) {
			CoverageNotice.show(getTranslation("coverage.empty.run"), false);
			return;
		}
		overlays.showHex(current, size);
	}

	void runSiting() {
		Integer k = controls.sites.getValue();
		Integer size = controls.hexSize.getValue();
		if (k == null || k < 1 || k > CoverageService.MAX_SITES) {
			controls.sites.setErrorMessage(getTranslation("coverage.validation.k", 1, CoverageService.MAX_SITES));
			controls.sites.setInvalid(true);
			return;
		}
		controls.sites.setInvalid(false);
		int hex = size == null ? 1000 : size;
		List<Candidate> uploaded = controls.candidates.candidates();
		CoverageScope scope = controls.scope();
		CoverageRun current = run;
		controls.analysis.start(c -> {
			CoverageRun base = current != null ? current : coverage.run(scope, c);
			return new SitingRun(base, coverage.suggestSites(base, k, hex, uploaded, c,
					(key, fraction) -> controls.analysis.step(key, fraction)));
		}, result -> showSites(result, !uploaded.isEmpty()));
	}

	private void showSites(SitingRun result, boolean named) {
		if (run == null) {
			showRun(result.run(), List.of(), CompletableFuture.completedFuture(null));
		}
		suggestions = result.suggestions();
		suggestionsNamed = named;
		tables.showSites(suggestions, named);
		overlays.showSites(suggestions);
		if (suggestions.isEmpty()) {
			CoverageNotice.show(getTranslation("coverage.siting.none"), false);
		}
	}

	/**
	 * One click: the suggestion becomes a planned station in the registry, then opens in
	 * the editor.
	 */
	void plan(SitingSuggestion s) {
		StationDraft draft = new StationDraft();
		draft.setType(controls.type.getValue());
		draft.setName(getTranslation("coverage.siting.station-name", labels.type(controls.type.getValue()), s.rank(),
				java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
		draft.setAddress("");
		draft.setLongitude(s.longitude());
		draft.setLatitude(s.latitude());
		draft.setStatus(StationStatus.PLANNED);
		try {
			StationDetails created = stations.create(draft);
			CoverageNotice.show(getTranslation("coverage.siting.planned", created.name()), true);
			getUI().ifPresent(u -> u.navigate("stations/edit/" + created.id()));
		}
		catch (InvalidInputException e) {
			CoverageNotice.show(
					getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().args().toArray()),
					false);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("coverage.title");
	}

	/**
	 * A run with the first page of its uncovered list, by workers, and its map layer
	 * being computed.
	 */
	private record FirstPage(CoverageRun run, List<UncoveredPoint> rows,
			CompletableFuture<@Nullable UncoveredInView> layer) {
	}

	/** Siting suggestions with the run they were computed on. */
	private record SitingRun(CoverageRun run, List<SitingSuggestion> suggestions) {
	}

	/** What the workbook holds besides the run: the area and suggestions on screen. */
	record Shown(List<UncoveredArea> area, List<SitingSuggestion> suggestions, boolean named) {
	}

}
