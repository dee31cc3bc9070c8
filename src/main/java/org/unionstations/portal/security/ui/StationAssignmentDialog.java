package org.unionstations.portal.security.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.ui.ConflictDialog;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.district.ui.DistrictBaseLayer;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.map.LayerStyle;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.security.StationDirectory.Entry;
import org.unionstations.portal.security.UserAccount;
import org.unionstations.portal.security.UserService;

/**
 * The stations an operator maintains, picked two ways that stay in step: a list with a
 * text filter over station and district names and a checkbox per row, and a map of the
 * same stations where each click on a marker adds or removes that station (picked ones
 * red, the others grey). Saved as a whole, or refused with who saved the user first.
 */
class StationAssignmentDialog extends Dialog {

	/** The stations not picked, grey. */
	static final String LAYER = "assignable";

	/** The picked stations, red, drawn after the others so that none hides them. */
	static final String PICKED_LAYER = "assigned";

	static final String PICKED = "#c62828";

	static final String NOT_PICKED = "#78909c";

	private final UserService users;

	private final Runnable changed;

	private UserAccount account;

	private final Map<Long, Entry> byId = new HashMap<>();

	private final Grid<Entry> grid = new Grid<>();

	private final GridListDataView<Entry> rows;

	private final PortalMap map;

	private final TextField filter = new TextField();

	private final Span count = new Span();

	private final Span problem = new Span();

	StationAssignmentDialog(UserService users, UserAccount account, BaseMap baseMap, DistrictService districts,
			Runnable changed) {
		this.users = users;
		this.account = account;
		this.changed = changed;
		setId("assignment-dialog");
		setHeaderTitle(getTranslation("user.assign.title", account.displayName(), account.username()));
		setWidth("min(1100px, 96vw)");

		List<Entry> stations = users.assignableStations();
		stations.forEach(s -> byId.put(s.id(), s));

		filter.setId("assignment-filter");
		filter.setPlaceholder(getTranslation("user.assign.filter"));
		filter.setPrefixComponent(VaadinIcon.SEARCH.create());
		filter.setClearButtonVisible(true);
		filter.setValueChangeMode(ValueChangeMode.LAZY);
		filter.setWidthFull();

		grid.setId("assignment-grid");
		grid.setSelectionMode(Grid.SelectionMode.MULTI);
		grid.addColumn(Entry::name).setHeader(getTranslation("station.name")).setKey("name").setFlexGrow(2);
		grid.addColumn(this::district).setHeader(getTranslation("station.district")).setKey("district");
		grid.setHeight("420px");
		rows = grid.setItems(stations);
		rows.setFilter(this::matches);
		filter.addValueChangeListener(e -> {
			rows.refreshAll();
			showOnMap();
		});

		map = new PortalMap(baseMap);
		map.setId("assignment-map");
		map.setHeight("420px");
		DistrictBaseLayer.showOn(map, districts, getLocale());
		DistrictBaseLayer.fitCity(map, districts);
		map.addMarkerClickListener(e -> {
			if (LAYER.equals(e.getLayerId()) || PICKED_LAYER.equals(e.getLayerId())) {
				toggle(Long.parseLong(e.getFeatureId()));
			}
		});
		grid.asMultiSelect().addValueChangeListener(e -> {
			showCount();
			showOnMap();
		});

		VerticalLayout list = new VerticalLayout(filter, grid);
		list.setPadding(false);
		list.setSpacing(false);
		FlexLayout both = new FlexLayout(list, map);
		both.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		both.setWidthFull();
		both.addClassName("assignment-panes");
		both.setFlexBasis("22em", list, map);
		both.setFlexGrow(1, list, map);

		count.setId("assignment-count");
		problem.setId("assignment-problem");
		problem.addClassName("form-problem");
		Paragraph help = new Paragraph(getTranslation("user.assign.help"));
		help.addClassName("field-hint");
		add(help, both, count, problem);

		Button save = new Button(getTranslation("action.save"), e -> save());
		save.setId("assignment-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("action.cancel"), e -> close());
		cancel.setId("assignment-cancel");
		getFooter().add(cancel, save);
		read();
	}

	/** Adds the station to the picked ones, or takes it out. */
	void toggle(long stationId) {
		Entry station = byId.get(stationId);
		if (station == null) {
			return;
		}
		if (grid.asMultiSelect().getSelectedItems().contains(station)) {
			grid.asMultiSelect().deselect(station);
		}
		else {
			grid.asMultiSelect().select(station);
		}
	}

	private void read() {
		grid.asMultiSelect()
			.setValue(account.stationIds().stream().map(byId::get).filter(s -> s != null).collect(Collectors.toSet()));
		problem.setText("");
		showCount();
		showOnMap();
	}

	private boolean matches(Entry station) {
		String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
		if (text.isEmpty()) {
			return true;
		}
		String district = district(station);
		return station.name().toLowerCase(Locale.ROOT).contains(text)
				|| (district != null && district.toLowerCase(Locale.ROOT).contains(text));
	}

	private String district(Entry station) {
		String name = station.districtName(Locale.CHINESE.getLanguage().equals(getLocale().getLanguage()));
		return name == null ? "" : name;
	}

	private Set<Long> picked() {
		return grid.asMultiSelect().getSelectedItems().stream().map(Entry::id).collect(Collectors.toSet());
	}

	private void showCount() {
		count.setText(getTranslation("user.assign.count", picked().size()));
	}

	/**
	 * The stations the filter shows: the picked ones red in their own layer above the
	 * grey others.
	 */
	private void showOnMap() {
		Set<Long> picked = picked();
		Map<Boolean, List<MapFeature>> features = byId.values()
			.stream()
			.filter(this::matches)
			.collect(Collectors.partitioningBy(s -> picked.contains(s.id()),
					Collectors.mapping(
							s -> MapFeature.point(s.id(), s.longitude(), s.latitude(), Map.of("name", s.name())),
							Collectors.toList())));
		map.setLayer(MapLayer.markers(LAYER, features.get(false), LayerStyle.fixed(NOT_PICKED))
			.clustered(false)
			.tooltip("name"));
		// the same pane (one canvas takes the clicks of both), the red ones drawn last
		map.setLayer(MapLayer.markers(PICKED_LAYER, features.get(true), LayerStyle.fixed(PICKED))
			.clustered(false)
			.tooltip("name"));
	}

	private void save() {
		try {
			account = users.assignStations(account.username(), picked(), account.version());
			close();
			Notification
				.show(getTranslation("user.assign.saved", account.username(), account.stationIds().size()), 3000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			changed.run();
		}
		catch (InvalidInputException refused) {
			problem.setText(FieldMessages.join(this, refused.problems()));
		}
		catch (ConcurrentEditException conflict) {
			new ConflictDialog(conflict, () -> {
				account = users.account(account.username());
				read();
			}).open();
		}
	}

}
