package org.unionstations.portal.station.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.audit.ui.HistoryGrid;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.station.StationOverview;
import org.unionstations.portal.station.StationProgrammes;
import org.unionstations.portal.station.StationService;

/**
 * One station, read-only, for every signed-in reader: leaders, operators, and anyone who
 * cannot edit it. The service decides what each reader gets: the public facts of any
 * station; the contact, a suspension's reason and the change history only of stations the
 * reader sees in the registry (an operator: their own). Editors get a way to the editor.
 */
@Route("stations/:id([0-9]{1,18})")
@PermitAll
public class StationDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final StationService stations;

	private final List<DistrictRef> districts;

	private final StationLabels labels = new StationLabels(this);

	private final List<StationProgrammes> programmes;

	private @Nullable StationOverview station;

	StationDetailView(StationService stations, DistrictService districts, List<StationProgrammes> programmes) {
		this.stations = stations;
		this.programmes = programmes;
		this.districts = districts.list();
		addClassName("station-detail-view");
		setMaxWidth("1100px");
	}

	/** Where a reader goes to see one station. */
	public static RouteParameters parameters(long stationId) {
		return new RouteParameters("id", String.valueOf(stationId));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long id = event.getRouteParameters().getLong("id").orElse(-1L);
		try {
			station = stations.overview(id);
		}
		catch (IllegalArgumentException e) {
			event.rerouteToError(NotFoundException.class, getTranslation("station.detail.not-found"));
			return;
		}
		show(station);
	}

	private void show(StationOverview s) {
		removeAll();
		H2 title = new H2(s.name());
		title.setId("station-detail-title");
		Span status = new Span(labels.status(s.status()));
		status.addClassNames("status-badge", "status-" + s.status().name().toLowerCase(java.util.Locale.ROOT));
		status.setId("detail-status");
		Button back = new Button(getTranslation("station.detail.back"), VaadinIcon.ARROW_LEFT.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(StationListView.class)));
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout header = new HorizontalLayout(back, title, status);
		header.setAlignItems(Alignment.BASELINE);
		if (stations.canEdit()) {
			Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
					e -> getUI().ifPresent(ui -> ui.navigate(StationEditorView.class, String.valueOf(s.id()))));
			edit.setId("detail-edit");
			header.add(edit);
		}

		FormLayout facts = new FormLayout();
		facts.setId("station-facts");
		facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
		fact(facts, "type", "station.type", labels.type(s.type()));
		fact(facts, "district", "station.district", orDash(s.districtName(getLocale())));
		fact(facts, "address", "station.address", s.address());
		fact(facts, "host", "station.host-organisation", orDash(s.hostOrganisation()));
		fact(facts, "location", "station.location",
				String.format(java.util.Locale.ROOT, "%.6f, %.6f", s.longitude(), s.latitude()));
		fact(facts, "updated", "station.updated-at", UPDATED.format(s.updatedAt()));
		if (s.fullRecord()) {
			if (s.statusReason() != null) {
				fact(facts, "status-reason", "station.status-reason", s.statusReason());
			}
			fact(facts, "contact", "station.contact", orDash(join(s.contactPerson(), s.contactPhone())));
		}
		fact(facts, "hours", "station.opening-hours", labels.openingHours(s.openingHours()));
		fact(facts, "services", "station.services", labels.amenities(s.services()));
		VerticalLayout details = new VerticalLayout(facts);
		details.setPadding(false);
		if (!s.fullRecord()) {
			Paragraph note = new Paragraph(getTranslation("station.detail.public-only"));
			note.setId("detail-public-only");
			details.add(note);
		}

		TabSheet tabs = new TabSheet();
		tabs.setId("station-detail-tabs");
		tabs.setWidthFull();
		tabs.add(getTranslation("station.editor.details"), details);
		if (s.fullRecord()) {
			HistoryGrid history = new HistoryGrid(field -> getTranslation("station.field." + field),
					(field, value) -> labels.changeValue(field, value, districts, getLocale()));
			history.setId("station-detail-history");
			history.setRevisions(stations.history(s.id()));
			tabs.add(getTranslation("station.editor.history"), history).setId("detail-history-tab");
			if (!programmes.isEmpty()) {
				// the same readers as the history: those who see the station's full
				// record
				StationProgrammesGrid records = new StationProgrammesGrid(s.name(),
						programmes.getFirst().records(s.id()));
				records.setId("station-detail-programmes");
				tabs.add(getTranslation("station.programmes"), records).setId("detail-programmes-tab");
			}
		}
		add(header, tabs);
	}

	private void fact(FormLayout facts, String id, String labelKey, String value) {
		Span text = new Span(value);
		text.setId("detail-" + id);
		Component item = facts.addFormItem(text, getTranslation(labelKey));
		facts.setColspan(item, "hours".equals(id) || "services".equals(id) ? 2 : 1);
	}

	private static String orDash(@Nullable String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

	private static @Nullable String join(@Nullable String a, @Nullable String b) {
		if (a == null || a.isBlank()) {
			return b;
		}
		return b == null || b.isBlank() ? a : a + " " + b;
	}

	@Override
	public String getPageTitle() {
		return station == null ? getTranslation("station.detail.title") : station.name();
	}

}
