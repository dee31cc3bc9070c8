package org.unionstations.portal.coverage.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.ui.ColumnWidths;
import org.unionstations.portal.base.ui.EagerTabSheet;
import org.unionstations.portal.coverage.CoverageRow;
import org.unionstations.portal.coverage.SitingSuggestion;
import org.unionstations.portal.coverage.UncoveredArea;

/**
 * The tables below the map: coverage per district, the uncovered list (lazy, see
 * {@link UncoveredList}), the uncovered area per district and the siting suggestions.
 */
class CoverageResultTables extends EagerTabSheet {

	final Grid<CoverageRow> districtGrid = new Grid<>();

	/** The text of each district-table column, by key, for {@link ColumnWidths}. */
	private final Map<String, Function<CoverageRow, @Nullable String>> districtTexts = new LinkedHashMap<>();

	final UncoveredList uncovered;

	final Grid<UncoveredArea> areaGrid = new Grid<>();

	final Grid<SitingSuggestion> siteGrid = new Grid<>();

	private final boolean canPlan;

	CoverageResultTables(UncoveredList uncovered, boolean canPlan, Consumer<SitingSuggestion> plan,
			Consumer<SitingSuggestion> showSite) {
		this.uncovered = uncovered;
		this.canPlan = canPlan;
		districtColumns();
		areaColumns();
		siteColumns(plan, showSite);
		setId("coverage-tabs");
		setSizeFull();
		add(getTranslation("coverage.tab.districts"), districtGrid);
		add(getTranslation("coverage.tab.uncovered"), uncovered);
		add(getTranslation("coverage.tab.area"), areaGrid);
		add(getTranslation("coverage.tab.sites"), siteGrid);
		clear();
	}

	/** Before any run, or after what it was run for changed. */
	void clear() {
		districtGrid.setItems(List.of());
		uncovered.clear();
		areaGrid.setItems(List.of());
		siteGrid.setItems(List.of());
		siteGrid.setEmptyStateText(getTranslation(canPlan ? "coverage.empty.siting" : "coverage.siting.planners-only"));
	}

	void showDistricts(List<CoverageRow> rows) {
		fitDistrictColumns(rows);
		districtGrid.setItems(rows);
	}

	void showArea(List<UncoveredArea> area) {
		areaGrid.setItems(area);
	}

	void showSites(List<SitingSuggestion> result, boolean named) {
		siteGrid.getColumnByKey("candidate").setVisible(named);
		siteGrid.setItems(result);
		siteGrid.setEmptyStateText(getTranslation("coverage.siting.none"));
	}

	private void districtColumns() {
		districtGrid.setId("coverage-district-grid");
		districtGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		districtColumn("district", "station.district",
				r -> r.isCityTotal() ? getTranslation("coverage.city") : r.districtName(getLocale()));
		number("coverage.points", CoverageRow::points);
		number("coverage.uncovered-points", CoverageRow::uncoveredPoints);
		number("coverage.workers", CoverageRow::workers);
		number("coverage.covered-workers", CoverageRow::coveredWorkers);
		number("coverage.uncovered-workers", CoverageRow::uncoveredWorkers);
		districtColumn("coverage", "coverage.worker-coverage", r -> CoverageNotice.percent(r.workerCoveragePercent()))
			.setTextAlign(ColumnTextAlign.END);
		districtGrid.setEmptyStateText(getTranslation("coverage.empty.run"));
	}

	private void number(String key, Function<CoverageRow, Long> value) {
		districtColumn(key, key, r -> CoverageNotice.count(value.apply(r))).setTextAlign(ColumnTextAlign.END);
	}

	/**
	 * A column of the district table: its width fits its header and, once a run is shown,
	 * its values ({@link ColumnWidths}: the table is drawn the moment a run's results
	 * arrive, and measuring its cells in the browser cost a layout pass per column then).
	 */
	private Grid.Column<CoverageRow> districtColumn(String key, String headerKey,
			Function<CoverageRow, @Nullable String> text) {
		districtTexts.put(key, text);
		String header = getTranslation(headerKey);
		return districtGrid.addColumn(text::apply)
			.setHeader(header)
			.setKey(key)
			.setWidth(ColumnWidths.fitting(Stream.of(header)));
	}

	private void fitDistrictColumns(List<CoverageRow> rows) {
		districtTexts.forEach((key, text) -> {
			Grid.Column<CoverageRow> column = districtGrid.getColumnByKey(key);
			column.setWidth(
					ColumnWidths.fitting(Stream.concat(Stream.of(column.getHeaderText()), rows.stream().map(text))));
		});
	}

	private void areaColumns() {
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
		areaGrid.addColumn(a -> CoverageNotice.percent(a.uncoveredPercent()))
			.setHeader(getTranslation("coverage.area.percent"))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("percent");
		areaGrid.setEmptyStateText(getTranslation("coverage.empty.run"));
	}

	private void siteColumns(Consumer<SitingSuggestion> plan, Consumer<SitingSuggestion> showSite) {
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
		siteGrid.addColumn(s -> CoverageNotice.percent(s.cityCoveragePercentAfter()))
			.setHeader(getTranslation("coverage.siting.after"))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setKey("after");
		siteGrid.addComponentColumn(s -> {
			Button button = new Button(getTranslation("coverage.siting.plan"), e -> plan.accept(s));
			button.addThemeVariants(ButtonVariant.LUMO_SMALL);
			button.setVisible(canPlan);
			return button;
		}).setKey("plan").setAutoWidth(true);
		siteGrid.addItemClickListener(e -> showSite.accept(e.getItem()));
	}

}
