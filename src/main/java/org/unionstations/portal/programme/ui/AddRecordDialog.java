package org.unionstations.portal.programme.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.district.ui.DistrictBaseLayer;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.map.LayerStyle;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MapLayer;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.programme.ProgrammeStation;

/**
 * A new programme record: the station, searched by name or address, or picked on a small
 * map, among those that can take one (the service leaves out the others).
 */
class AddRecordDialog extends Dialog {

	/** Stations that can take a record, matching a text, one page at a time. */
	@FunctionalInterface
	interface Candidates {

		List<ProgrammeStation> find(@Nullable String text, int offset, int limit);

	}

	/** How many candidates the small map shows at most (a city has a few hundred). */
	static final int MAP_LIMIT = 5_000;

	AddRecordDialog(int year, Candidates candidates, Consumer<ProgrammeStation> create, BaseMap baseMap,
			DistrictService districts) {
		setId("add-record-dialog");
		setHeaderTitle(getTranslation("programme.add.title", year));
		ComboBox<ProgrammeStation> station = new ComboBox<>(getTranslation("programme.station"));
		station.setId("add-station");
		station.setWidth("28em");
		station.setItemLabelGenerator(
				s -> s.name() + "（" + (s.districtName(getLocale()) == null ? "" : s.districtName(getLocale())) + "）");
		station.setItems(
				query -> candidates.find(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream());
		station.setPlaceholder(getTranslation("programme.add.search"));

		// or pick it on a small map of the same candidates
		Map<String, ProgrammeStation> byId = new HashMap<>();
		List<MapFeature> features = new ArrayList<>();
		for (ProgrammeStation s : candidates.find(null, 0, MAP_LIMIT)) {
			byId.put(String.valueOf(s.id()), s);
			features.add(MapFeature.point(s.id(), s.longitude(), s.latitude(), Map.of("name", s.name())));
		}
		PortalMap map = new PortalMap(baseMap);
		map.setId("add-map");
		map.setWidthFull();
		map.setHeight("260px");
		DistrictBaseLayer.showOn(map, districts, getLocale());
		DistrictBaseLayer.fitCity(map, districts);
		map.setLayer(MapLayer.markers("candidates", features, LayerStyle.fixed("#1565c0")).tooltip("name"));
		map.addMarkerClickListener(e -> {
			ProgrammeStation picked = byId.get(e.getFeatureId());
			if (picked != null) {
				station.setValue(picked);
			}
		});
		Button save = new Button(getTranslation("action.save"), e -> {
			if (station.getValue() == null) {
				station.setInvalid(true);
				station.setErrorMessage(getTranslation("validation.required"));
				return;
			}
			try {
				create.accept(station.getValue());
				close();
			}
			catch (InvalidInputException refused) {
				station.setInvalid(true);
				station.setErrorMessage(refused.problems()
					.stream()
					.map(p -> getTranslation(p.messageKey(), p.args().toArray()))
					.reduce((a, b) -> a + "；" + b)
					.orElse(""));
			}
		});
		save.setId("add-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new Paragraph(getTranslation("programme.add.help")), station, map);
		setWidth("min(640px, 95vw)");
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
	}

}
