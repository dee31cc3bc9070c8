package org.unionstations.portal.station.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.audit.ui.HistoryGrid;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.geo.LonLat;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.district.ui.DistrictBaseLayer;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.map.LayerStyle;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.station.Amenity;
import org.unionstations.portal.station.OpeningHours;
import org.unionstations.portal.station.StationDetails;
import org.unionstations.portal.station.StationDraft;
import org.unionstations.portal.station.StationProgrammes;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

/**
 * Creates or edits a station: the form (location typed in WGS84/GCJ-02/BD-09 or picked on
 * the map, district filled in from the location), and the history of every change. A save
 * based on an outdated version is refused with an offer to reload; nothing is silently
 * overwritten.
 */
@Route("stations/edit")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER })
class StationEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final StationService stations;

	private final DistrictService districts;

	private final List<DistrictRef> districtList;

	private final StationLabels labels = new StationLabels(this);

	private final PortalMap picker;

	private final StationForm form;

	private final H2 title = new H2();

	private final HistoryGrid history;

	private final List<StationProgrammes> programmes;

	private final TabSheet tabs = new TabSheet();

	private com.vaadin.flow.component.tabs.@Nullable Tab programmesTab;

	private @Nullable Long stationId;

	private StationDraft draft = new StationDraft();

	StationEditorView(StationService stations, DistrictService districts, BaseMap baseMap,
			List<StationProgrammes> programmes) {
		this.stations = stations;
		this.programmes = programmes;
		this.districts = districts;
		this.districtList = districts.list();
		addClassName("station-editor-view");
		setMaxWidth("1100px");

		picker = new PortalMap(baseMap);
		picker.setId("location-picker");
		picker.setHeight("320px");
		picker.setPicking(true);
		DistrictBaseLayer.showOn(picker, districts, getLocale());

		form = new StationForm(districtList, picker);
		picker.addMapClickListener(e -> form.location.setValue(new LonLat(e.getLongitude(), e.getLatitude())));
		form.location.addValueChangeListener(e -> locationChanged(e.getValue()));
		form.addSaveListener(e -> save());
		form.addCancelListener(e -> close());

		history = new HistoryGrid(field -> getTranslation("station.field." + field), this::display);
		history.setId("station-history");

		tabs.setWidthFull();
		tabs.add(getTranslation("station.editor.details"), form);
		tabs.add(getTranslation("station.editor.history"), history).setId("history-tab");
		add(title, tabs);
	}

	@Override
	public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
		if (parameter == null || parameter.isBlank()) {
			stationId = null;
			draft = new StationDraft();
			title.setText(getTranslation("station.editor.new"));
			form.read(draft);
			history.setRevisions(List.of());
			showProgrammes(null);
			picker.setPickMarker(null, null);
			DistrictBaseLayer.fitCity(picker, districts);
		}
		else if (!parameter.matches("[0-9]{1,18}")) {
			// not an id at all: the same page as for an address that does not exist
			event.rerouteToError(NotFoundException.class);
		}
		else {
			// an id that does not exist ends in RecordNotFoundException: the "not found"
			// page
			stationId = Long.parseLong(parameter);
			load();
		}
	}

	private void load() {
		StationDetails details = stations.get(stationId);
		draft = details.toDraft();
		title.setText(details.name());
		form.read(draft);
		picker.setPickMarker(details.longitude(), details.latitude());
		picker.setView(details.longitude(), details.latitude(), 14);
		form.districtHint.setText("");
		history.setRevisions(stations.history(stationId));
		showProgrammes(details);
	}

	/** The station's programme records, read-only; a new station has none. */
	private void showProgrammes(@Nullable StationDetails details) {
		if (programmesTab != null) {
			tabs.remove(programmesTab);
			programmesTab = null;
		}
		if (details != null && !programmes.isEmpty()) {
			StationProgrammesGrid records = new StationProgrammesGrid(details.name(),
					programmes.getFirst().records(details.id()));
			records.setId("station-programmes");
			programmesTab = tabs.add(getTranslation("station.programmes"), records);
			programmesTab.setId("programmes-tab");
		}
	}

	private void locationChanged(@Nullable LonLat location) {
		if (location == null) {
			picker.setPickMarker(null, null);
			return;
		}
		picker.setPickMarker(location.longitude(), location.latitude());
		Optional<DistrictRef> containing = districts.containing(location.longitude(), location.latitude());
		if (containing.isPresent()) {
			form.district.setValue(containing.get());
			form.districtHint.setText(getTranslation("station.editor.district-detected"));
			form.location.setInvalid(false);
		}
		else {
			form.district.clear();
			form.districtHint.setText("");
			form.location.setErrorMessage(getTranslation("station.validation.outside-city"));
			form.location.setInvalid(true);
		}
	}

	private void save() {
		// every field is bound, so a fresh draft carries the whole form plus the version
		// the user started from
		StationDraft edited = new StationDraft();
		edited.setVersion(draft.getVersion());
		if (!form.write(edited)) {
			return;
		}
		try {
			StationDetails saved = stationId == null ? stations.create(edited) : stations.update(stationId, edited);
			Notification
				.show(getTranslation("station.editor.saved", saved.name()), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			if (stationId == null) {
				getUI().ifPresent(ui -> ui.navigate(StationEditorView.class, String.valueOf(saved.id())));
			}
			else {
				load();
			}
		}
		catch (InvalidInputException e) {
			form.show(e.problems());
		}
		catch (ConcurrentEditException e) {
			ConfirmDialog conflict = new ConfirmDialog();
			conflict.setId("conflict-dialog");
			conflict.setHeader(getTranslation("station.editor.conflict.title"));
			conflict.setText(getTranslation("station.editor.conflict.text"));
			conflict.setConfirmText(getTranslation("station.editor.conflict.reload"));
			conflict.addConfirmListener(c -> load());
			conflict.setCancelable(true);
			conflict.setCancelText(getTranslation("station.editor.conflict.keep"));
			conflict.open();
		}
	}

	private void close() {
		getUI().ifPresent(ui -> ui.navigate(StationListView.class));
	}

	private String display(String field, String value) {
		return labels.changeValue(field, value, districtList, getLocale());
	}

	@Override
	public String getPageTitle() {
		return getTranslation(stationId == null ? "station.editor.new" : "station.editor.title");
	}

}
