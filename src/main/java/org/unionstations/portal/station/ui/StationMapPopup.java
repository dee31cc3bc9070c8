package org.unionstations.portal.station.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import org.unionstations.portal.map.MapPopup;
import org.unionstations.portal.station.StationDetails;
import org.unionstations.portal.station.StationProgrammes;
import org.unionstations.portal.station.StationService;

/**
 * A station's popup on the station map: status (with its reason), district, address,
 * hours, services, host, contact, its programme badges, and edit (for those who may) or
 * details.
 */
class StationMapPopup {

	private final Component context;

	private final Locale locale;

	private final StationService stations;

	private final List<StationProgrammes> programmes;

	private final StationLabels labels;

	StationMapPopup(Component context, Locale locale, StationService stations, List<StationProgrammes> programmes) {
		this.context = context;
		this.locale = locale;
		this.stations = stations;
		this.programmes = programmes;
		this.labels = new StationLabels(context);
	}

	MapPopup of(StationDetails s) {
		List<MapPopup.Row> rows = new ArrayList<>();
		String status = labels.status(s.status());
		if (s.statusReason() != null) {
			status = text("station.status-with-reason", status, s.statusReason());
		}
		rows.add(new MapPopup.Row(text("station.status"), status));
		rows.add(new MapPopup.Row(text("station.district"), orDash(s.districtName(locale))));
		rows.add(new MapPopup.Row(text("station.address"), orDash(s.address())));
		rows.add(new MapPopup.Row(text("station.opening-hours"), labels.openingHours(s.openingHours())));
		rows.add(new MapPopup.Row(text("station.services"), labels.amenities(s.services())));
		rows.add(new MapPopup.Row(text("station.host-organisation"), orDash(s.hostOrganisation())));
		rows.add(new MapPopup.Row(text("station.contact"), orDash(join(s.contactPerson(), s.contactPhone()))));
		Set<StationProgrammes.Badge> own = programmes.isEmpty() ? Set.of()
				: programmes.getFirst().badges(List.of(s.id())).getOrDefault(s.id(), Set.of());
		if (!own.isEmpty()) {
			rows.add(new MapPopup.Row(text("map.programmes"),
					own.stream()
						.sorted()
						.map(b -> text("station.badge." + b.name()))
						.collect(Collectors.joining(" · "))));
		}
		List<MapPopup.Action> actions = stations.canEdit()
				? List.of(new MapPopup.Action(StationMapView.EDIT, text("action.edit")))
				: List.of(new MapPopup.Action(StationMapView.DETAILS, text("action.details")));
		return new MapPopup(s.name(), labels.type(s.type()), rows, actions);
	}

	private String text(String key, Object... args) {
		return context.getTranslation(key, args);
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

	private static String join(String a, String b) {
		return Stream.of(a, b).filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" "));
	}

}
