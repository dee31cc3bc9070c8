package org.unionstations.portal.station;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.table.TableExport;
import org.unionstations.portal.base.table.Xlsx;
import org.unionstations.portal.district.District;
import org.unionstations.portal.security.CurrentUser;
import tools.jackson.databind.node.ArrayNode;

/**
 * The registry as files: CSV and Excel with the import's columns and headers (so an
 * export imports elsewhere unchanged), and GeoJSON for GIS tools. Every export is of the
 * stations the caller may see under the given filter, exactly as the station list shows
 * them: operators get their own stations only. Coordinates are WGS84 with 6 decimals
 * (about 0.1 m). Text cells that a spreadsheet would run as a formula get a leading
 * apostrophe (base.table.FormulaGuard).
 */
@Service
@Transactional(readOnly = true)
public class StationExportService {

	private static final Sort ORDER = Sort.by("name").and(Sort.by("id"));

	private final StationRepository stations;

	private final StationTableLabels labels;

	private final CurrentUser currentUser;

	StationExportService(StationRepository stations, StationTableLabels labels, CurrentUser currentUser) {
		this.stations = stations;
		this.labels = labels;
		this.currentUser = currentUser;
	}

	/** UTF-8 with a byte order mark, so Excel shows Chinese right. */
	@PreAuthorize("isAuthenticated()")
	public byte[] csv(StationFilter filter, Locale locale) {
		return TableExport.csv(labels.headers(locale), rows(filter, locale));
	}

	/** One sheet; coordinates are numbers. */
	@PreAuthorize("isAuthenticated()")
	public byte[] xlsx(StationFilter filter, Locale locale) {
		return Xlsx.write(labels.text("export.sheet-name", locale), labels.headers(locale),
				TableExport.guarded(rows(filter, locale)), "0.000000");
	}

	/**
	 * A GeoJSON FeatureCollection (RFC 7946: WGS84, longitude before latitude) of points;
	 * types, statuses and services are codes, the district its official (Chinese) name.
	 */
	@PreAuthorize("isAuthenticated()")
	public byte[] geoJson(StationFilter filter) {
		return TableExport.geoJsonPoints(find(filter), Station::getId,
				s -> new double[] { s.getLocation().getX(), s.getLocation().getY() }, (s, properties) -> {
					properties.put("name", s.getName());
					properties.put("type", s.getType().name());
					properties.put("status", s.getStatus().name());
					properties.put("address", s.getAddress());
					District d = s.getDistrict();
					properties.put("district", d == null ? null : d.getNameZh());
					properties.put("hostOrganisation", s.getHostOrganisation());
					ArrayNode services = properties.putArray("services");
					s.getServices().forEach(a -> services.add(a.name()));
					properties.put("openingHours", s.getOpeningHours().format());
				});
	}

	private List<List<@Nullable Object>> rows(StationFilter filter, Locale locale) {
		return find(filter).stream()
			.map(s -> (List<@Nullable Object>) new ArrayList<@Nullable Object>(cells(s, locale).values()))
			.toList();
	}

	private List<Station> find(StationFilter filter) {
		Set<Long> scope = currentUser.seesAllStations() ? null : currentUser.assignedStationIds();
		return stations.findAll(StationSpecifications.matching(filter, scope), ORDER);
	}

	/**
	 * One station's cells in column order: text, or numbers with 6 decimals for the
	 * coordinates.
	 */
	private Map<StationColumn, Object> cells(Station s, Locale locale) {
		Map<StationColumn, Object> cells = new EnumMap<>(StationColumn.class);
		cells.put(StationColumn.NAME, s.getName());
		cells.put(StationColumn.TYPE, labels.type(s.getType(), locale));
		cells.put(StationColumn.ADDRESS, s.getAddress());
		cells.put(StationColumn.LONGITUDE, TableExport.coordinate(s.getLocation().getX()));
		cells.put(StationColumn.LATITUDE, TableExport.coordinate(s.getLocation().getY()));
		cells.put(StationColumn.STATUS, labels.status(s.getStatus(), locale));
		cells.put(StationColumn.HOST_ORGANISATION, text(s.getHostOrganisation()));
		cells.put(StationColumn.CONTACT_PERSON, text(s.getContactPerson()));
		cells.put(StationColumn.CONTACT_PHONE, text(s.getContactPhone()));
		cells.put(StationColumn.OPENING_HOURS, s.getOpeningHours().format());
		cells.put(StationColumn.SERVICES,
				s.getServices()
					.stream()
					.map(a -> labels.amenity(a, locale))
					.collect(Collectors.joining(StationTableLabels.servicesSeparator(locale))));
		return cells;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
