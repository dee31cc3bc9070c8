package org.unionstations.portal.coverage.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.ui.ColumnWidths;
import org.unionstations.portal.coverage.CoverageRun;
import org.unionstations.portal.coverage.CoverageService;
import org.unionstations.portal.coverage.DemandCategory;
import org.unionstations.portal.coverage.UncoveredPoint;
import org.unionstations.portal.coverage.UncoveredSort;

/**
 * The uncovered demand of a run, however long: a lazy grid that asks the service for the
 * rows it shows (the nearest-station distance is computed for those rows only), sorted by
 * workers, or by distance once the run's distances are all known. Column widths come from
 * {@link ColumnWidths}, not from the browser measuring the cells: the list is drawn the
 * moment a run's results arrive.
 */
class UncoveredList extends VerticalLayout {

	/**
	 * Rows the grid asks for at a time (its page size), and the rows fetched with a run.
	 */
	static final int PAGE = 50;

	final Grid<UncoveredPoint> grid = new Grid<>();

	final Select<UncoveredSort> sort = new Select<>();

	final Span total = new Span();

	private final CoverageService coverage;

	private @Nullable CoverageRun run;

	private boolean distancesReady;

	private List<UncoveredPoint> firstPage = List.of();

	UncoveredList(CoverageService coverage, Consumer<UncoveredPoint> show) {
		this.coverage = coverage;
		setPadding(false);
		setSpacing(false);
		setSizeFull();
		total.setId("coverage-uncovered-total");
		total.addClassName("field-hint");
		sort.setId("coverage-uncovered-sort");
		sort.setAriaLabel(getTranslation("coverage.uncovered.sort"));
		sort.setItems(UncoveredSort.values());
		sort.setItemLabelGenerator(s -> getTranslation("coverage.uncovered.sort." + s.name()));
		sort.setItemEnabledProvider(s -> s != UncoveredSort.DISTANCE || distancesReady);
		sort.setValue(UncoveredSort.WORKERS);
		sort.addValueChangeListener(e -> {
			if (run != null && e.getValue() != null) {
				load(run);
			}
		});
		HorizontalLayout header = new HorizontalLayout(total, sort);
		header.setWidthFull();
		header.setAlignItems(FlexComponent.Alignment.BASELINE);
		header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
		columns();
		grid.addItemClickListener(e -> show.accept(e.getItem()));
		add(header, grid);
		// the rest of the panel, however little: the rows scroll inside it (a grid's own
		// 400 px made the panel taller than its tab sheet)
		grid.getStyle().set("flex", "1 1 0").set("min-height", "0");
		clear();
	}

	private void columns() {
		grid.setId("coverage-uncovered-grid");
		grid.setPageSize(PAGE);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.addColumn(UncoveredPoint::name)
			.setHeader(getTranslation("demand.name"))
			.setTooltipGenerator(UncoveredPoint::name)
			.setFlexGrow(3)
			.setKey("name");
		String category = getTranslation("demand.category");
		grid.addColumn(p -> getTranslation("demand.category." + p.category().name()))
			.setHeader(category)
			.setWidth(ColumnWidths.fitting(Stream.concat(Stream.of(category),
					Arrays.stream(DemandCategory.values()).map(c -> getTranslation("demand.category." + c.name())))))
			.setKey("category");
		String workers = getTranslation("demand.workers");
		grid.addColumn(UncoveredPoint::workers)
			.setHeader(workers)
			.setTextAlign(ColumnTextAlign.END)
			.setWidth(ColumnWidths.fitting(Stream.of(workers, "1000000")))
			.setKey("workers");
		String nearest = getTranslation("coverage.nearest");
		grid.addColumn(p -> p.nearestStationMetres() == null ? "—"
				: String.format(Locale.ROOT, "%,.0f", p.nearestStationMetres()))
			.setHeader(nearest)
			.setTextAlign(ColumnTextAlign.END)
			.setWidth(ColumnWidths.fitting(Stream.of(nearest, "9,999,999")))
			.setKey("nearest");
		grid.addColumn(this::district).setHeader(getTranslation("station.district")).setKey("district");
		fitDistricts(List.of());
	}

	private String district(UncoveredPoint p) {
		return Objects.toString("zh".equals(getLocale().getLanguage()) ? p.districtNameZh() : p.districtNameEn(), "");
	}

	/** The district column fits its header and the districts of {@code rows}. */
	private void fitDistricts(List<UncoveredPoint> rows) {
		Grid.Column<UncoveredPoint> column = grid.getColumnByKey("district");
		column.setWidth(ColumnWidths
			.fitting(Stream.concat(Stream.of(column.getHeaderText()), rows.stream().map(this::district))));
	}

	/**
	 * Shows the uncovered demand of {@code shown}; {@code firstPage} (by workers, may be
	 * empty) answers the grid's first request without another query.
	 */
	void show(CoverageRun shown, List<UncoveredPoint> firstPage) {
		this.firstPage = firstPage;
		fitDistricts(firstPage);
		run = shown;
		distancesReady = false;
		sort.setValue(UncoveredSort.WORKERS);
		sort.setEnabled(true);
		sort.setHelperText(getTranslation("coverage.uncovered.distances-pending"));
		total.setText(getTranslation("coverage.uncovered.total", CoverageNotice.count(shown.city().uncoveredPoints())));
		grid.setEmptyStateText(getTranslation("coverage.empty.all-covered"));
		load(shown);
	}

	/** The run's distances are all known: the list may be sorted by them. */
	void distancesReady(CoverageRun ready) {
		if (run != null && run.id().equals(ready.id())) {
			distancesReady = true;
			sort.setItemEnabledProvider(s -> true);
			sort.setHelperText(null);
		}
	}

	void clear() {
		run = null;
		distancesReady = false;
		sort.setEnabled(false);
		sort.setHelperText(null);
		total.setText("");
		firstPage = List.of();
		grid.setItems(List.of());
		grid.setEmptyStateText(getTranslation("coverage.empty.run"));
	}

	private void load(CoverageRun shown) {
		UncoveredSort order = sort.getValue() == null ? UncoveredSort.WORKERS : sort.getValue();
		long count = shown.city().uncoveredPoints();
		List<UncoveredPoint> first = order == UncoveredSort.WORKERS ? firstPage : List.of();
		grid.setItems(query -> {
			int end = query.getOffset() + query.getLimit();
			if (end <= first.size() || (end > count && first.size() == count)) {
				return first.subList(query.getOffset(), (int) Math.min(end, first.size())).stream();
			}
			return coverage.uncoveredPage(shown, order, query.getOffset(), query.getLimit()).stream();
		}, query -> (int) Math.min(Integer.MAX_VALUE, count));
	}

}
