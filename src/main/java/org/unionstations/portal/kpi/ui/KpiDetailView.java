package org.unionstations.portal.kpi.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.RecordNotFoundException;
import org.unionstations.portal.chart.PortalChart;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.kpi.DistrictFigure;
import org.unionstations.portal.kpi.KpiDetail;
import org.unionstations.portal.kpi.KpiLiveUpdates;
import org.unionstations.portal.kpi.KpiRecord;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.map.BaseMap;

/**
 * One KPI opened from the board: its card, the figure per district against the district's
 * target, and the records that make the number (all, or a chosen district's), each
 * linking to where it is edited.
 */
@Route("kpi/:id([0-9]{1,18})")
@PermitAll
@StyleSheet("kpi.css")
class KpiDetailView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final KpiService kpis;

	private final KpiLiveUpdates live;

	private final Div card = new Div();

	private final Grid<DistrictFigure> districts = new Grid<>();

	private final Grid<KpiRecord> records = new Grid<>();

	private final H3 recordsTitle = new H3();

	private @Nullable KpiDetail detail;

	private @Nullable LocalDate asOf;

	private @Nullable Long district;

	private String title = "";

	private @Nullable Runnable unsubscribe;

	private final KpiDistrictMap map;

	private final PortalChart trend = new PortalChart();

	private final PortalChart breakdown = new PortalChart();

	KpiDetailView(KpiService kpis, KpiLiveUpdates live, BaseMap baseMap, DistrictService districtService) {
		this.kpis = kpis;
		this.live = live;
		this.map = new KpiDistrictMap(baseMap, districtService, this::chooseDistrict);
		addClassName("kpi-detail");
		setSizeFull();
	}

	@Override
	public String getPageTitle() {
		return title;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long id = event.getRouteParameters().getLong("id").orElse(-1L);
		asOf = event.getLocation()
			.getQueryParameters()
			.getSingleParameter("asOf")
			.flatMap(KpiDetailView::parseDate)
			.orElse(null);
		try {
			detail = kpis.detail(id, asOf);
		}
		catch (RecordNotFoundException e) {
			event.rerouteToError(NotFoundException.class, getTranslation("kpi.detail.not-found"));
			return;
		}
		build();
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		UI ui = attachEvent.getUI();
		unsubscribe = live.subscribe(update -> ui.access(this::reload));
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (unsubscribe != null) {
			unsubscribe.run();
			unsubscribe = null;
		}
	}

	private void reload() {
		if (detail != null) {
			detail = kpis.detail(detail.card().kpi().id(), asOf);
			showFigures();
		}
	}

	private void build() {
		removeAll();
		KpiDetail d = detail;
		title = d.card().kpi().name(getLocale());
		Button back = new Button(getTranslation("kpi.detail.back"), VaadinIcon.ARROW_LEFT.create(), e -> getUI()
			.ifPresent(ui -> ui.navigate("kpi?year=" + d.card().kpi().year() + (asOf == null ? "" : "&asOf=" + asOf))));
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		back.setId("kpi-detail-back");
		H2 heading = new H2(title);
		heading.setId("kpi-detail-title");

		districts.addColumn(this::districtName).setHeader(getTranslation("kpi.detail.district")).setFlexGrow(2);
		districts.addColumn(f -> format().value(d.card(), f.actual()))
			.setHeader(getTranslation("kpi.detail.actual"))
			.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
		districts.addColumn(f -> f.target() == null ? "–" : format().value(d.card(), f.target()))
			.setHeader(getTranslation("kpi.detail.target"))
			.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
		districts.addColumn(f -> format().percent(f.percent()))
			.setHeader(getTranslation("kpi.detail.percent"))
			.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
		districts.setId("kpi-districts");
		districts.addThemeVariants(GridVariant.LUMO_COMPACT);
		districts.setAllRowsVisible(true);
		districts.addSelectionListener(e -> {
			district = e.getFirstSelectedItem().map(DistrictFigure::districtId).orElse(null);
			showRecords();
		});

		records.addColumn(r -> r.date() == null ? "" : r.date().toString())
			.setHeader(getTranslation("kpi.detail.record-date"))
			.setAutoWidth(true);
		records.addColumn(new ComponentRenderer<>(r -> {
			Anchor link = new Anchor(KpiRecordLinks.address(d.card().kpi(), r),
					r.label().isBlank() ? getTranslation("kpi.detail.record-open") : r.label());
			link.addClassName("kpi-record-link");
			return link;
		})).setHeader(getTranslation("kpi.detail.record")).setFlexGrow(3);
		records.addColumn(r -> getTranslation("kpi.record." + r.kind().name().toLowerCase(java.util.Locale.ROOT)))
			.setHeader(getTranslation("kpi.detail.record-kind"))
			.setAutoWidth(true);
		records.addColumn(r -> districtName(r.districtId()))
			.setHeader(getTranslation("kpi.detail.district"))
			.setAutoWidth(true);
		records.addColumn(r -> format().number(r.amount(), d.card().kpi().scale()))
			.setHeader(getTranslation("kpi.detail.record-amount"))
			.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
			.setAutoWidth(true);
		records.setId("kpi-records");
		records.addThemeVariants(GridVariant.LUMO_COMPACT);
		records.setMinHeight("320px");

		card.addClassName("kpi-detail-card");
		map.addClassName("kpi-detail-map");
		HorizontalLayout top = new HorizontalLayout(card, districts, map);
		top.setWidthFull();
		top.setWrap(true);
		districts.addClassName("kpi-detail-districts");
		trend.setId("kpi-trend-chart");
		breakdown.setId("kpi-breakdown-chart");
		breakdown.addCategoryClickListener(e -> chooseDistrict(Long.parseLong(e.getCategoryKey())));
		VerticalLayout trendBox = new VerticalLayout(new H3(getTranslation("kpi.detail.trend")), trend);
		VerticalLayout breakdownBox = new VerticalLayout(new H3(getTranslation("kpi.detail.breakdown")), breakdown);
		for (VerticalLayout box : List.of(trendBox, breakdownBox)) {
			box.addClassName("kpi-chart-box");
			box.setPadding(false);
		}
		trend.setWidthFull();
		trend.setHeight("320px");
		breakdown.setWidthFull();
		breakdown.setHeight("320px");
		HorizontalLayout charts = new HorizontalLayout(trendBox, breakdownBox);
		charts.setWidthFull();
		charts.setWrap(true);
		add(back, heading, top, charts, recordsTitle, records);
		showFigures();
	}

	private void showFigures() {
		KpiDetail d = detail;
		card.removeAll();
		card.add(new KpiCardView(d.card(), format(), e -> {
		}));
		districts.setItems(d.districts());
		map.show(d.card(), d.districts(), format());
		trend.setChart(KpiCharts.trend(d, getLocale(), this::getTranslation));
		breakdown.setChart(KpiCharts.breakdown(d, getLocale(), this::getTranslation));
		showRecords();
	}

	private void chooseDistrict(long districtId) {
		detail.districts().stream().filter(f -> f.districtId() == districtId).findFirst().ifPresent(districts::select);
	}

	private void showRecords() {
		KpiDetail d = detail;
		List<KpiRecord> rows = kpis.records(d.card().kpi().id(), asOf, district);
		records.setItems(rows);
		recordsTitle.setText(district == null ? getTranslation("kpi.detail.records-all", rows.size())
				: getTranslation("kpi.detail.records-district", districtName(district), rows.size()));
		recordsTitle.setId("kpi-records-title");
	}

	private String districtName(DistrictFigure figure) {
		return figure.districtId() == 0 ? getTranslation("kpi.detail.city-wide") : figure.name(getLocale());
	}

	private String districtName(long districtId) {
		return detail.districts()
			.stream()
			.filter(f -> f.districtId() == districtId)
			.findFirst()
			.map(this::districtName)
			.orElse(getTranslation("kpi.detail.city-wide"));
	}

	private KpiFormat format() {
		return new KpiFormat(getLocale());
	}

	private static java.util.Optional<LocalDate> parseDate(String text) {
		try {
			return java.util.Optional.of(LocalDate.parse(text));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return java.util.Optional.empty();
		}
	}

}
