package org.unionstations.portal.station.ui;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.LonLat;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.station.Amenity;
import org.unionstations.portal.station.Station;
import org.unionstations.portal.station.StationDraft;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

/**
 * Every fact of a station, in a buffered form: nothing reaches the draft until
 * {@link #write} succeeds, and the entity is only changed by the service. Save and cancel
 * are component events; the view talks to the service.
 */
class StationForm extends Composite<FormLayout> {

	private final Binder<StationDraft> binder = new Binder<>(StationDraft.class);

	private final Map<String, HasValidation> fieldsByName = new HashMap<>();

	final TextField name = new TextField();

	final Select<StationType> type = new Select<>();

	final Select<StationStatus> status = new Select<>();

	final TextField statusReason = new TextField();

	final TextField address = new TextField();

	final LocationField location;

	final ComboBox<DistrictRef> district = new ComboBox<>();

	final Span districtHint = new Span();

	final TextField hostOrganisation = new TextField();

	final TextField contactPerson = new TextField();

	final TextField contactPhone = new TextField();

	final OpeningHoursField openingHours;

	final CheckboxGroup<Amenity> services = new CheckboxGroup<>();

	final Button save = new Button();

	final Button cancel = new Button();

	StationForm(List<DistrictRef> districts, PortalMap picker) {
		StationLabels labels = new StationLabels(this);
		location = new LocationField(getTranslation("station.location"));
		openingHours = new OpeningHoursField(getTranslation("station.opening-hours"));

		name.setLabel(getTranslation("station.name"));
		name.setMaxLength(Station.NAME_MAX);
		name.setId("station-name");
		type.setLabel(getTranslation("station.type"));
		type.setItems(StationType.values());
		type.setItemLabelGenerator(labels::type);
		type.setId("station-type");
		status.setLabel(getTranslation("station.status"));
		status.setItems(StationStatus.values());
		status.setItemLabelGenerator(labels::status);
		status.setId("station-status");
		statusReason.setLabel(getTranslation("station.status-reason"));
		statusReason.setMaxLength(Station.STATUS_REASON_MAX);
		address.setLabel(getTranslation("station.address"));
		address.setMaxLength(Station.ADDRESS_MAX);
		address.setId("station-address");
		district.setLabel(getTranslation("station.district"));
		district.setItems(districts);
		district.setItemLabelGenerator(d -> d.name(getLocale()));
		district.setId("station-district");
		districtHint.addClassName("field-hint");
		hostOrganisation.setLabel(getTranslation("station.host-organisation"));
		hostOrganisation.setMaxLength(Station.HOST_ORGANISATION_MAX);
		contactPerson.setLabel(getTranslation("station.contact-person"));
		contactPerson.setMaxLength(Station.CONTACT_PERSON_MAX);
		contactPhone.setLabel(getTranslation("station.contact-phone"));
		contactPhone.setMaxLength(Station.CONTACT_PHONE_MAX);
		services.setLabel(getTranslation("station.services"));
		services.setItemLabelGenerator(labels::amenity);
		services.setId("station-services");

		type.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				var keep = EnumSet.noneOf(Amenity.class);
				services.getValue().stream().filter(a -> a.appliesTo(e.getValue())).forEach(keep::add);
				services.setItems(Amenity.forType(e.getValue()));
				services.setValue(keep);
			}
		});
		status.addValueChangeListener(e -> statusReason.setVisible(e.getValue() == StationStatus.SUSPENDED));

		binder.forField(name)
			.asRequired(getTranslation("validation.required"))
			.withValidator(new StringLengthValidator(getTranslation("validation.too-long", Station.NAME_MAX), 0,
					Station.NAME_MAX))
			.bind(StationDraft::getName, StationDraft::setName);
		binder.forField(type).asRequired(getTranslation("validation.required")).bind("type");
		binder.forField(status).asRequired(getTranslation("validation.required")).bind("status");
		binder.forField(statusReason).bind("statusReason");
		binder.forField(address).bind("address");
		binder.forField(location)
			.asRequired(getTranslation("station.validation.location-required"))
			.bind(d -> d.getLongitude() == null || d.getLatitude() == null ? null
					: new LonLat(d.getLongitude(), d.getLatitude()), (d, v) -> {
						d.setLongitude(v == null ? null : v.longitude());
						d.setLatitude(v == null ? null : v.latitude());
					});
		binder.forField(district)
			.bind(d -> d.getDistrictId() == null ? null
					: districts.stream().filter(x -> x.id() == d.getDistrictId()).findFirst().orElse(null),
					(d, v) -> d.setDistrictId(v == null ? null : v.id()));
		binder.forField(hostOrganisation).bind("hostOrganisation");
		binder.forField(contactPerson).bind("contactPerson");
		binder.forField(contactPhone)
			.withValidator(new RegexpValidator(getTranslation("station.validation.phone"), "^$|^[0-9+()\\- ]{3,30}$"))
			.bind("contactPhone");
		binder.forField(openingHours)
			.withValidator(h -> openingHours.isComplete(), getTranslation("station.validation.hours-incomplete"))
			.bind("openingHours");
		binder.forField(services).bind("services");

		fieldsByName.putAll(Map.of("name", name, "type", type, "status", status, "statusReason", statusReason,
				"address", address, "location", location, "longitude", location, "latitude", location, "districtId",
				district, "hostOrganisation", hostOrganisation));
		fieldsByName.putAll(Map.of("contactPerson", contactPerson, "contactPhone", contactPhone, "openingHours",
				openingHours, "services", services));

		save.setText(getTranslation("action.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("station-save");
		save.addClickListener(e -> fireEvent(new SaveEvent(this)));
		cancel.setText(getTranslation("action.cancel"));
		cancel.setId("station-cancel");
		cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

		FormLayout form = getContent();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
		form.add(name, type, status, statusReason, address, hostOrganisation, location, district, districtHint, picker,
				contactPerson, contactPhone, openingHours, services, new HorizontalLayout(save, cancel));
		form.setColspan(address, 2);
		form.setColspan(location, 2);
		form.setColspan(picker, 2);
		form.setColspan(openingHours, 1);
		form.setColspan(services, 1);
	}

	void read(StationDraft draft) {
		if (draft.getType() != null) {
			services.setItems(Amenity.forType(draft.getType()));
		}
		binder.readBean(draft);
		statusReason.setVisible(draft.getStatus() == StationStatus.SUSPENDED);
	}

	/**
	 * Writes the form into the draft if every field is valid; shows the messages at the
	 * fields otherwise.
	 */
	boolean write(StationDraft draft) {
		try {
			binder.writeBean(draft);
			return true;
		}
		catch (ValidationException e) {
			return false;
		}
	}

	boolean hasChanges() {
		return binder.hasChanges();
	}

	/** Shows the service's problems at the fields they belong to. */
	void show(List<FieldProblem> problems) {
		for (FieldProblem p : problems) {
			HasValidation field = fieldsByName.getOrDefault(p.field(), name);
			field.setErrorMessage(getTranslation(p.messageKey(), p.args().toArray()));
			field.setInvalid(true);
		}
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	static final class SaveEvent extends ComponentEvent<StationForm> {

		SaveEvent(StationForm source) {
			super(source, false);
		}

	}

	static final class CancelEvent extends ComponentEvent<StationForm> {

		CancelEvent(StationForm source) {
			super(source, false);
		}

	}

}
