package org.unionstations.portal.operator.ui;

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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
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
import org.unionstations.portal.station.ui.StationDetailView;
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
class MyStationsView extends SplitLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final StationService stations;

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

	private final MonthlyReportForm report;

	private @Nullable StationDetails current;

	private @Nullable TabSheet tabs;

	private @Nullable Tab reportTab;

	MyStationsView(StationService stations, ServiceReportService reports) {
		this.stations = stations;
		setSizeFull();
		setSplitterPosition(30);
		hours = new OpeningHoursField(getTranslation("station.opening-hours"));
		report = new MonthlyReportForm(reports);

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

		tabs = new TabSheet();
		tabs.setId("my-station-tabs");
		tabs.setSizeFull();
		tabs.add(getTranslation("operator.tab.operations"), operationalTab);
		reportTab = tabs.add(getTranslation("operator.tab.report"), report);
		detail.removeAll();
		H3 title = new H3(current.name());
		title.setId("my-station-title");
		long id = current.id();
		Button details = new Button(getTranslation("operator.details"), VaadinIcon.INFO_CIRCLE.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(StationDetailView.class, StationDetailView.parameters(id))));
		details.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		details.setId("my-station-details");
		HorizontalLayout heading = new HorizontalLayout(title, details);
		heading.setAlignItems(FlexComponent.Alignment.BASELINE);
		detail.add(heading, new Span(labels.type(current.type()) + " · " + current.address()), tabs);
		report.show(id);
	}

	/**
	 * Where a link opens one of the operator's stations on its monthly report (the
	 * reporting discipline board links late stations here):
	 * {@code my-stations?station=<id>&tab=report}.
	 */
	static QueryParameters reportOf(long stationId) {
		return QueryParameters.simple(Map.of("station", String.valueOf(stationId), "tab", "report"));
	}

	/**
	 * {@code ?station=<id>} opens that station when it is one of the operator's (others
	 * are not in the list and are ignored); {@code &tab=report} on its monthly report.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		parameters.getSingleParameter("station")
			.filter(id -> id.matches("[0-9]{1,18}"))
			.map(Long::valueOf)
			.flatMap(id -> list.getListDataView().getItems().filter(row -> row.id() == id).findFirst())
			.ifPresent(row -> {
				list.select(row);
				if (tabs != null && reportTab != null
						&& parameters.getSingleParameter("tab").filter("report"::equals).isPresent()) {
					tabs.setSelectedTab(reportTab);
				}
			});
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
			conflict();
		}
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

	/**
	 * Someone else saved the station: load their version (what was typed is lost), or
	 * keep what was typed on top of their version, so the next save overwrites on
	 * purpose.
	 */
	private void conflict() {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("conflict-dialog");
		dialog.setHeader(getTranslation("station.editor.conflict.title"));
		dialog.setText(getTranslation("station.editor.conflict.text"));
		dialog.setConfirmText(getTranslation("station.editor.conflict.reload"));
		dialog.addConfirmListener(e -> open(current.id()));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("operator.conflict.keep"));
		dialog.addCancelListener(e -> {
			current = stations.get(current.id());
			Notification.show(getTranslation("operator.conflict.kept"), 5000, Notification.Position.BOTTOM_START);
		});
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("operator.my-stations");
	}

}
