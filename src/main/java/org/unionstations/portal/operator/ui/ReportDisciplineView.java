package org.unionstations.portal.operator.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.NameOrder;
import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.base.ui.FilterFields;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.operator.DisciplineFilter;
import org.unionstations.portal.operator.LateStation;
import org.unionstations.portal.operator.ReportDiscipline;
import org.unionstations.portal.operator.ReportDisciplineExportService;
import org.unionstations.portal.operator.ReportDisciplineService;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.station.ui.StationDetailView;

/**
 * Reporting discipline (报送情况): as of a day, the stations that have not filed the last
 * monthly report due, with the summaries per district and per operator, and the reminder
 * list as a file. A station's name opens its page; an operator's own station opens in My
 * stations, where its reports are filed. What each reader sees is the service's decision.
 */
@Route("kpi/discipline")
@Menu(order = 50, icon = "vaadin:calendar-clock", title = "nav.discipline")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER, Role.Name.LEADER, Role.Name.OPERATOR })
class ReportDisciplineView extends VerticalLayout implements HasDynamicTitle {

	private final ReportDisciplineService discipline;

	private final DatePicker asOf = new DatePicker();

	private final Span headline = new Span();

	private final DisciplineSummary summary;

	private final Grid<LateStation> late = new Grid<>();

	private DisciplineFilter filter;

	private boolean ownStationsOnly;

	ReportDisciplineView(ReportDisciplineService discipline, ReportDisciplineExportService exports,
			DistrictService districts) {
		this.discipline = discipline;
		LocalDate today = discipline.today();
		filter = new DisciplineFilter(today, null);
		setSizeFull();
		summary = new DisciplineSummary(getLocale());

		asOf.setId("discipline-as-of");
		asOf.setLabel(getTranslation("discipline.as-of"));
		asOf.setMax(today);
		asOf.setValue(today);
		asOf.addValueChangeListener(e -> {
			if (e.getValue() == null) {
				asOf.setValue(discipline.today());
				return;
			}
			filter = filter.withAsOf(e.getValue());
			refresh();
		});

		ComboBox<DistrictRef> district = new ComboBox<>(getTranslation("station.district"));
		district.setId("discipline-district");
		district.setItems(districts.list());
		district.setItemLabelGenerator(d -> d.name(getLocale()));
		FilterFields.allWhenEmpty(district);
		district.setClearButtonVisible(true);
		district.addValueChangeListener(e -> {
			filter = filter.withDistrictId(e.getValue() == null ? null : e.getValue().id());
			refresh();
		});

		ExportMenu<DisciplineFilter> export = new ExportMenu<>("report-reminders", () -> filter, exports::csv,
				exports::xlsx, null)
			.datedBy(DisciplineFilter::asOf);
		headline.setId("discipline-headline");
		headline.addClassName("row-count");
		FlexLayout bar = new FlexLayout(asOf, district, headline, export);
		bar.addClassName("filter-bar");
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);

		H3 lateTitle = new H3(getTranslation("discipline.late-list"));
		lateTitle.addClassName("discipline-section");
		configureLateGrid();
		add(bar, summary, lateTitle, late);
		setFlexGrow(1, late);
		refresh();
	}

	private void configureLateGrid() {
		late.setId("discipline-grid");
		late.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		late.setMinHeight("12em");
		late.addColumn(new ComponentRenderer<>(this::stationLink))
			.setHeader(getTranslation("discipline.station"))
			.setKey("station")
			.setComparator(NameOrder.by(LateStation::name))
			.setSortable(true)
			.setFrozen(true)
			.setWidth("14em")
			.setFlexGrow(0)
			.setResizable(true);
		late.addColumn(LateStation::monthsBehind)
			.setHeader(getTranslation("discipline.months-behind"))
			.setKey("months-behind")
			.setComparator(Comparator.comparingInt(LateStation::monthsBehind))
			.setSortable(true)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		// runs of months read as ranges here; the full list is in the tooltip and the
		// export
		late.addColumn(s -> MonthRuns.format(s.missing(), separator(),
				(first, last) -> getTranslation("discipline.month-range", first.toString(), last.toString())))
			.setHeader(getTranslation("discipline.missing"))
			.setKey("missing")
			.setTooltipGenerator(s -> months(s.missing()))
			.setAutoWidth(true)
			.setResizable(true);
		late.addColumn(this::lastFiled)
			.setHeader(getTranslation("discipline.last-filed"))
			.setKey("last-filed")
			.setAutoWidth(true);
		late.addColumn(this::districtName)
			.setHeader(getTranslation("station.district"))
			.setKey("district")
			.setComparator(NameOrder.by(LateStation::districtNameZh))
			.setAutoWidth(true);
		late.addColumn(s -> getTranslation("station.type." + s.type().name()))
			.setHeader(getTranslation("station.type"))
			.setKey("type")
			.setAutoWidth(true);
		late.addColumn(this::operators)
			.setHeader(getTranslation("discipline.operators"))
			.setKey("operators")
			.setTooltipGenerator(this::operators)
			.setAutoWidth(true);
		// person and phone in one column, so the list fits a laptop; the export has both
		late.addColumn(ReportDisciplineView::contact)
			.setHeader(getTranslation("station.contact"))
			.setKey("contact")
			.setAutoWidth(true);
	}

	private String months(List<YearMonth> months) {
		return months.stream().map(YearMonth::toString).collect(Collectors.joining(separator()));
	}

	private void refresh() {
		ReportDiscipline report;
		try {
			report = discipline.report(filter);
			asOf.setInvalid(false);
		}
		catch (InvalidInputException e) {
			asOf.setErrorMessage(getTranslation(e.problems().getFirst().messageKey()));
			asOf.setInvalid(true);
			return;
		}
		ownStationsOnly = report.ownStationsOnly();
		NumberFormat percent = DisciplineSummary.percent(getLocale());
		headline.setText(getTranslation("discipline.headline", report.dueMonth().toString(), report.totalDue(),
				report.totalLate(), percent.format(report.onTimeShare()))
				+ (ownStationsOnly ? " · " + getTranslation("discipline.own-stations") : ""));
		summary.show(report);
		late.setEmptyStateText(getTranslation("discipline.empty", report.dueMonth().toString()));
		late.setItems(report.late());
	}

	/**
	 * The station's name, opening the station page; an operator's own station opens in My
	 * stations on its monthly report.
	 */
	private Component stationLink(LateStation station) {
		RouterLink link;
		if (ownStationsOnly) {
			link = new RouterLink(station.name(), MyStationsView.class);
			link.setQueryParameters(MyStationsView.reportOf(station.stationId()));
		}
		else {
			link = new RouterLink(station.name(), StationDetailView.class,
					StationDetailView.parameters(station.stationId()));
		}
		link.addClassName("discipline-station");
		link.getElement().setAttribute("title", station.name());
		return link;
	}

	private String districtName(LateStation station) {
		String name = station.districtName(getLocale());
		return name == null ? getTranslation("discipline.no-district") : name;
	}

	private String operators(LateStation station) {
		return station.operators().isEmpty() ? getTranslation("discipline.no-operator")
				: String.join(separator(), station.operators());
	}

	private String lastFiled(LateStation station) {
		return station.lastFiled() == null ? getTranslation("discipline.none-filed") : station.lastFiled().toString();
	}

	private String separator() {
		return "zh".equals(getLocale().getLanguage()) ? "、" : ", ";
	}

	private static String contact(LateStation station) {
		String contact = Stream.of(station.contactPerson(), station.contactPhone())
			.filter(v -> v != null && !v.isBlank())
			.collect(Collectors.joining(" "));
		return contact.isEmpty() ? "—" : contact;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("discipline.title");
	}

}
