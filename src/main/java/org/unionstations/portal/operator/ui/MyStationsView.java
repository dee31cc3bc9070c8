package org.unionstations.portal.operator.ui;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.unionstations.portal.audit.ui.HistoryGrid;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.operator.MonthlyReport;
import org.unionstations.portal.operator.ReportCategory;
import org.unionstations.portal.operator.ReportCounts;
import org.unionstations.portal.operator.ServiceReportService;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.station.Amenity;
import org.unionstations.portal.station.OperationalUpdate;
import org.unionstations.portal.station.Station;
import org.unionstations.portal.station.StationDetails;
import org.unionstations.portal.station.StationDraft;
import org.unionstations.portal.station.StationFilter;
import org.unionstations.portal.station.StationRow;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.ui.OpeningHoursField;
import org.unionstations.portal.station.ui.StationLabels;

/**
 * An operator's own stations: keep services, opening hours, status (open or temporarily
 * suspended with a reason) and contact current, and report each month's people served and
 * activities held. The services enforce that these are the operator's own stations; this
 * view only lists what the service returns.
 */
@Route("my-stations")
@Menu(order = 3, icon = "vaadin:home", title = "nav.my-stations")
@RolesAllowed(Role.Name.OPERATOR)
class MyStationsView extends SplitLayout implements HasDynamicTitle {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private final StationService stations;

	private final ServiceReportService reports;

	private final StationLabels labels = new StationLabels(this);

	private final Grid<StationRow> list = new Grid<>();

	private final VerticalLayout detail = new VerticalLayout();

	// operational form
	private final Binder<StationDraft> binder = new Binder<>(StationDraft.class);

	private final CheckboxGroup<Amenity> services = new CheckboxGroup<>();

	private final OpeningHoursField hours;

	private final Select<StationStatus> status = new Select<>();

	private final TextField statusReason = new TextField();

	private final TextField contactPerson = new TextField();

	private final TextField contactPhone = new TextField();

	// monthly report
	private final Select<YearMonth> month = new Select<>();

	private final Map<ReportCategory, IntegerField> people = new EnumMap<>(ReportCategory.class);

	private final Map<ReportCategory, IntegerField> activities = new EnumMap<>(ReportCategory.class);

	private final Span reportState = new Span();

	private final Grid<MonthlyReport> recent = new Grid<>();

	private final HistoryGrid reportHistory;

	private @Nullable StationDetails current;

	private @Nullable MonthlyReport report;

	MyStationsView(StationService stations, ServiceReportService reports) {
		this.stations = stations;
		this.reports = reports;
		setSizeFull();
		setSplitterPosition(30);
		hours = new OpeningHoursField(getTranslation("station.opening-hours"));
		reportHistory = new HistoryGrid(this::reportField, (field, value) -> value);
		reportHistory.setId("report-history");

		list.setId("my-station-grid");
		list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		list.addColumn(StationRow::name)
			.setHeader(getTranslation("station.name"))
			.setTooltipGenerator(StationRow::name)
			.setFlexGrow(2);
		list.setEmptyStateText(getTranslation("operator.list.empty"));
		list.addColumn(r -> labels.status(r.status())).setHeader(getTranslation("station.status")).setAutoWidth(true);
		list.setItems(stations.list(StationFilter.ALL, PageRequest.of(0, 500, Sort.by("name"))));
		list.asSingleSelect().addValueChangeListener(e -> {
			if (e.getValue() != null) {
				open(e.getValue().id());
			}
		});
		VerticalLayout left = new VerticalLayout(new H3(getTranslation("operator.my-stations")), list);
		left.setSizeFull();
		left.setFlexGrow(1, list);

		detail.setSizeFull();
		detail.add(new Paragraph(getTranslation("operator.pick-station")));
		addToPrimary(left);
		addToSecondary(detail);
		configureOperationalForm();
		configureReportForm();
	}

	private void configureOperationalForm() {
		services.setLabel(getTranslation("station.services"));
		services.setItemLabelGenerator(labels::amenity);
		services.setId("op-services");
		status.setLabel(getTranslation("station.status"));
		status.setItems(StationStatus.OPEN, StationStatus.SUSPENDED);
		status.setItemLabelGenerator(labels::status);
		status.setId("op-status");
		statusReason.setLabel(getTranslation("station.status-reason"));
		statusReason.setMaxLength(Station.STATUS_REASON_MAX);
		statusReason.setId("op-status-reason");
		status.addValueChangeListener(e -> statusReason.setVisible(e.getValue() == StationStatus.SUSPENDED));
		contactPerson.setLabel(getTranslation("station.contact-person"));
		contactPerson.setMaxLength(Station.CONTACT_PERSON_MAX);
		contactPhone.setLabel(getTranslation("station.contact-phone"));
		contactPhone.setMaxLength(Station.CONTACT_PHONE_MAX);
		contactPhone.setId("op-contact-phone");
		binder.forField(services).bind("services");
		binder.forField(hours)
			.withValidator(h -> hours.isComplete(), getTranslation("station.validation.hours-incomplete"))
			.bind("openingHours");
		binder.forField(status).asRequired(getTranslation("validation.required")).bind("status");
		binder.forField(statusReason)
			.withValidator(r -> status.getValue() != StationStatus.SUSPENDED || !r.isBlank(),
					getTranslation("station.validation.reason-required"))
			.bind("statusReason");
		binder.forField(contactPerson).bind("contactPerson");
		binder.forField(contactPhone).bind("contactPhone");
	}

	private void configureReportForm() {
		YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
		month.setLabel(getTranslation("report.month"));
		month.setItems(java.util.stream.IntStream.range(0, 12).mapToObj(now::minusMonths).toList());
		month.setItemLabelGenerator(MONTH::format);
		month.setValue(now);
		month.setId("report-month");
		month.addValueChangeListener(e -> {
			if (current != null && e.getValue() != null) {
				loadReport();
			}
		});
		for (ReportCategory c : ReportCategory.values()) {
			IntegerField p = new IntegerField();
			p.setMin(0);
			p.setMax(ReportCounts.MAX);
			p.setStepButtonsVisible(false);
			p.setId("report-people-" + c.name());
			p.setAriaLabel(getTranslation("report.category." + c.name()) + " " + getTranslation("report.people"));
			IntegerField a = new IntegerField();
			a.setMin(0);
			a.setMax(ReportCounts.MAX);
			a.setId("report-activities-" + c.name());
			a.setAriaLabel(getTranslation("report.category." + c.name()) + " " + getTranslation("report.activities"));
			people.put(c, p);
			activities.put(c, a);
		}
		recent.addColumn(r -> MONTH.format(r.month())).setHeader(getTranslation("report.month")).setAutoWidth(true);
		recent.addColumn(MonthlyReport::totalPeopleServed).setHeader(getTranslation("report.people"));
		recent.addColumn(MonthlyReport::totalActivities).setHeader(getTranslation("report.activities"));
		recent.addColumn(r -> getTranslation(r.reported() ? "report.reported" : "report.not-reported"))
			.setHeader(getTranslation("report.state"));
		recent.addThemeVariants(GridVariant.LUMO_COMPACT);
		recent.setAllRowsVisible(true);
		recent.setId("report-recent");
	}

	private void open(long stationId) {
		current = stations.get(stationId);
		StationDraft draft = current.toDraft();
		services.setItems(Amenity.forType(current.type()));
		binder.readBean(draft);
		statusReason.setVisible(current.status() == StationStatus.SUSPENDED);
		boolean inService = current.status() == StationStatus.OPEN || current.status() == StationStatus.SUSPENDED;

		Button save = new Button(getTranslation("action.save"), e -> saveOperational());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("op-save");
		save.setEnabled(inService);
		FormLayout operational = new FormLayout(status, statusReason, contactPerson, contactPhone, hours, services);
		operational.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
				new FormLayout.ResponsiveStep("600px", 2));
		operational.setColspan(hours, 2); // seven rows of two time pickers need the full
											// width
		operational.setColspan(services, 2);
		VerticalLayout operationalTab = new VerticalLayout(operational, save);
		if (!inService) {
			operationalTab.addComponentAsFirst(new Paragraph(getTranslation("station.validation.not-in-service")));
		}

		FormLayout counts = new FormLayout();
		counts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
		counts.add(new Span(getTranslation("report.category")), new Span(getTranslation("report.people")),
				new Span(getTranslation("report.activities")));
		for (ReportCategory c : ReportCategory.values()) {
			counts.add(new Span(getTranslation("report.category." + c.name())), people.get(c), activities.get(c));
		}
		Button saveReport = new Button(getTranslation("report.save"), e -> saveReport());
		saveReport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		saveReport.setId("report-save");
		reportState.setId("report-state");
		VerticalLayout reportTab = new VerticalLayout(new HorizontalLayout(month, reportState), counts, saveReport,
				new H3(getTranslation("report.recent")), recent, new H3(getTranslation("report.history")),
				reportHistory);

		TabSheet tabs = new TabSheet();
		tabs.setId("my-station-tabs");
		tabs.setSizeFull();
		tabs.add(getTranslation("operator.tab.operations"), operationalTab);
		tabs.add(getTranslation("operator.tab.report"), reportTab);
		detail.removeAll();
		H3 title = new H3(current.name());
		title.setId("my-station-title");
		detail.add(title, new Span(labels.type(current.type()) + " · " + current.address()), tabs);
		loadReport();
	}

	private void saveOperational() {
		StationDraft draft = new StationDraft();
		try {
			binder.writeBean(draft);
		}
		catch (ValidationException e) {
			return;
		}
		try {
			current = stations.updateOperational(current.id(),
					new OperationalUpdate(current.version(), draft.getServices(), draft.getOpeningHours(),
							draft.getStatus(), draft.getStatusReason(), draft.getContactPerson(),
							draft.getContactPhone()));
			Notification
				.show(getTranslation("station.editor.saved", current.name()), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			list.getDataProvider().refreshAll();
		}
		catch (InvalidInputException e) {
			show(e.problems());
		}
		catch (ConcurrentEditException e) {
			conflict(() -> open(current.id()));
		}
	}

	private void loadReport() {
		report = reports.get(current.id(), month.getValue());
		for (ReportCategory c : ReportCategory.values()) {
			people.get(c).setValue(report.counts().get(c).peopleServed());
			activities.get(c).setValue(report.counts().get(c).activities());
			people.get(c).setInvalid(false);
			activities.get(c).setInvalid(false);
		}
		reportState.setText(getTranslation(report.reported() ? "report.reported" : "report.not-reported"));
		recent.setItems(reports.recent(current.id(), 12));
		reportHistory.setRevisions(reports.history(current.id(), month.getValue()));
	}

	/** "SEASONAL_CARE.people" reads "四季送 · 服务人次". */
	private String reportField(String field) {
		String[] parts = field.split("\\.");
		return getTranslation("report.category." + parts[0]) + " · "
				+ getTranslation("people".equals(parts[1]) ? "report.people" : "report.activities");
	}

	private void saveReport() {
		Map<ReportCategory, ReportCounts> counts = new EnumMap<>(ReportCategory.class);
		boolean valid = true;
		for (ReportCategory c : ReportCategory.values()) {
			Integer p = people.get(c).getValue();
			Integer a = activities.get(c).getValue();
			valid &= checkCount(people.get(c), p);
			valid &= checkCount(activities.get(c), a);
			if (valid) {
				counts.put(c, new ReportCounts(p == null ? 0 : p, a == null ? 0 : a));
			}
		}
		if (!valid) {
			return;
		}
		try {
			report = reports.save(current.id(), month.getValue(), report.version(), counts);
			Notification
				.show(getTranslation("report.saved", MONTH.format(report.month())), 3000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			loadReport();
		}
		catch (InvalidInputException e) {
			Notification.show(getTranslation(e.problems().getFirst().messageKey()))
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		catch (ConcurrentEditException e) {
			conflict(this::loadReport);
		}
	}

	private boolean checkCount(IntegerField field, @Nullable Integer value) {
		boolean ok = !field.isInvalid() && (value == null || (value >= 0 && value <= ReportCounts.MAX));
		if (!ok) {
			field.setErrorMessage(getTranslation("report.validation.count", ReportCounts.MAX));
			field.setInvalid(true);
		}
		return ok;
	}

	private void show(List<FieldProblem> problems) {
		for (FieldProblem p : problems) {
			var field = switch (p.field()) {
				case "statusReason" -> statusReason;
				case "contactPhone" -> contactPhone;
				case "contactPerson" -> contactPerson;
				default -> null;
			};
			String message = getTranslation(p.messageKey(), p.args().toArray());
			if (field != null) {
				field.setErrorMessage(message);
				field.setInvalid(true);
			}
			else if ("status".equals(p.field())) {
				status.setErrorMessage(message);
				status.setInvalid(true);
			}
			else {
				Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		}
	}

	private void conflict(Runnable reload) {
		ConfirmDialog dialog = new ConfirmDialog(getTranslation("station.editor.conflict.title"),
				getTranslation("station.editor.conflict.text"), getTranslation("station.editor.conflict.reload"),
				e -> reload.run());
		dialog.setId("conflict-dialog");
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("operator.my-stations");
	}

}
