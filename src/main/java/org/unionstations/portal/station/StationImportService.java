package org.unionstations.portal.station;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.audit.AuditLog;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateConverter;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.geo.LonLat;
import org.unionstations.portal.base.table.RepeatedRows;
import org.unionstations.portal.base.table.TableImport;
import org.unionstations.portal.base.table.TableTemplate;
import org.unionstations.portal.district.District;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.station.StationSpatialRepository.StationNearPoint;

/**
 * Creates many stations at once from a CSV or Excel file, all or nothing. A
 * {@link #preview} reads the file and reports every problem of every row, checked with
 * the same rules as the station form ({@link StationValidator}, {@link OpeningHours},
 * {@link Amenity}) plus the city's districts and duplicates (same name within
 * {@value #DUPLICATE_METRES} m, in the registry or earlier in the file). A
 * {@link #commit} checks everything again in its own transaction and writes every row or
 * none. Districts and duplicates are found with one bulk query each, whatever the number
 * of rows.
 */
@Service
@Transactional(readOnly = true)
public class StationImportService {

	/** The largest file the import reads: 10 MB. */
	public static final int MAX_FILE_BYTES = TableImport.MAX_FILE_BYTES;

	/** Rows per file; a larger network is imported in several files. */
	public static final int MAX_ROWS = TableImport.MAX_ROWS;

	/** Two stations with the same name closer than this (metres) are one station. */
	public static final double DUPLICATE_METRES = 30;

	/** The field of problems with the file as a whole. */
	public static final String FILE = TableImport.FILE;

	/** The field of problems with the point (both coordinates). */
	public static final String LOCATION = TableImport.LOCATION;

	private static final Pattern SERVICE_SEPARATORS = Pattern.compile("[;,、，；]");

	private final StationRepository stations;

	private final StationSpatialRepository spatial;

	private final DistrictService districts;

	private final StationTableLabels labels;

	private final RepeatedRows repeated;

	private final AuditLog audit;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	StationImportService(StationRepository stations, StationSpatialRepository spatial, DistrictService districts,
			StationTableLabels labels, RepeatedRows repeated, AuditLog audit, EntityManager entityManager,
			ApplicationEventPublisher events) {
		this.stations = stations;
		this.spatial = spatial;
		this.districts = districts;
		this.labels = labels;
		this.repeated = repeated;
		this.audit = audit;
		this.entityManager = entityManager;
		this.events = events;
	}

	/**
	 * Reads a {@code .csv} (UTF-8, comma-separated) or {@code .xlsx} (first sheet) file
	 * whose first row names the columns, and checks every row. Writes nothing.
	 * @param crs the coordinate system of the file's longitudes and latitudes
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public ImportPreview preview(String fileName, byte[] content, CoordinateSystem crs) {
		List<FieldProblem> fileProblems = new ArrayList<>();
		List<Candidate> candidates = read(fileName, content, crs, fileProblems);
		if (!fileProblems.isEmpty()) {
			return new ImportPreview(fileName, crs, List.of(), fileProblems);
		}
		return check(fileName, crs, candidates);
	}

	/**
	 * Creates a station for every row of the preview, each with one {@code IMPORT}
	 * revision in the change log. Every row is checked again first, against the registry
	 * as it is now; if any has a problem nothing is written.
	 * @throws ImportRejectedException with the fresh check when anything is wrong
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public ImportResult commit(ImportPreview preview) {
		if (!preview.canCommit()) {
			throw new ImportRejectedException(preview);
		}
		spatial.lockForImport();
		List<Candidate> candidates = preview.rows()
			.stream()
			.map(r -> parse(r.rowNumber(), r.values(), List.of(), preview.crs()))
			.toList();
		ImportPreview fresh = check(preview.fileName(), preview.crs(), candidates);
		if (!fresh.canCommit()) {
			throw new ImportRejectedException(fresh);
		}
		Map<Long, District> districtsById = new HashMap<>();
		List<Station> created = new ArrayList<>(candidates.size());
		for (Candidate c : candidates) {
			StationDraft d = c.draft;
			Station station = new Station(d.getType(), d.getName(), d.getAddress(),
					StationService.point(c.longitude, c.latitude), d.getStatus());
			station.setDistrict(districtsById.computeIfAbsent(c.district.id(),
					id -> entityManager.getReference(District.class, id)));
			station.setHostOrganisation(d.getHostOrganisation());
			station.setContactPerson(d.getContactPerson());
			station.setContactPhone(d.getContactPhone());
			station.setOpeningHours(d.getOpeningHours());
			station.setServices(d.getServices());
			created.add(station);
		}
		stations.saveAll(created);
		stations.flush();
		Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
		for (Station station : created) {
			changes.put(station.getId(), FieldChange.between(Map.of(), StationSnapshot.of(station)));
		}
		audit.recordAll(StationSnapshot.ENTITY_TYPE, ChangeAction.IMPORT, changes);
		events.publishEvent(new StationsChanged());
		return new ImportResult(created.size());
	}

	/**
	 * An Excel workbook to fill in: the first sheet has the column headers in
	 * {@code locale}'s language; a second sheet says what the columns hold and shows an
	 * example row, which is not imported with the data.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public byte[] template(Locale locale) {
		Map<StationColumn, String> example = new EnumMap<>(StationColumn.class);
		example.put(StationColumn.NAME, labels.text("import.template.name", locale));
		example.put(StationColumn.TYPE, labels.type(StationType.UNION_POST_STATION, locale));
		example.put(StationColumn.ADDRESS, labels.text("import.template.address", locale));
		example.put(StationColumn.LONGITUDE, "114.310000");
		example.put(StationColumn.LATITUDE, "29.845000");
		example.put(StationColumn.STATUS, labels.status(StationStatus.OPEN, locale));
		example.put(StationColumn.HOST_ORGANISATION, labels.text("import.template.host", locale));
		example.put(StationColumn.CONTACT_PERSON, labels.text("import.template.contact", locale));
		example.put(StationColumn.CONTACT_PHONE, "0715-8123456");
		example.put(StationColumn.OPENING_HOURS, labels.text("import.template.hours", locale));
		example.put(StationColumn.SERVICES,
				EnumSet.of(Amenity.HOT_WATER, Amenity.PHONE_CHARGING, Amenity.WIFI)
					.stream()
					.map(a -> labels.amenity(a, locale))
					.collect(Collectors.joining(StationTableLabels.servicesSeparator(locale))));
		List<String> row = List.of(StationColumn.values()).stream().map(example::get).toList();
		return TableTemplate.xlsx(labels.text("import.template.data-sheet", locale), labels.headers(locale),
				labels.text("import.template.guide-sheet", locale),
				List.of(labels.text("import.template.guide-title", locale),
						labels.text("import.template.guide-where", locale), labels.text("import.help", locale)),
				List.of(row));
	}

	/** The file's data rows, parsed; or nothing, with the reasons in {@code problems}. */
	private List<Candidate> read(String fileName, byte[] content, CoordinateSystem crs, List<FieldProblem> problems) {
		return TableImport.read(fileName, content, StationColumn.class, labels::column, problems)
			.stream()
			.map(row -> parse(row.number(), row.values(), row.cellProblems(), crs))
			.toList();
	}

	/**
	 * One row's values checked on their own: everything but the district and duplicates,
	 * which {@link #check} finds for all rows at once.
	 */
	private Candidate parse(int rowNumber, Map<StationColumn, String> values, List<FieldProblem> cellProblems,
			CoordinateSystem crs) {
		Candidate c = new Candidate(rowNumber, values);
		StationDraft d = c.draft;
		// fields whose cell has text we could not read: "required" would be misleading
		Set<String> unreadable = new HashSet<>();
		d.setName(c.value(StationColumn.NAME));
		d.setAddress(c.value(StationColumn.ADDRESS));
		d.setHostOrganisation(c.value(StationColumn.HOST_ORGANISATION));
		d.setContactPerson(c.value(StationColumn.CONTACT_PERSON));
		d.setContactPhone(c.value(StationColumn.CONTACT_PHONE));
		d.setType(choice(c, StationColumn.TYPE, labels::type, "import.problem.unknown-type", null, unreadable));
		d.setStatus(choice(c, StationColumn.STATUS, labels::status, "import.problem.unknown-status",
				StationStatus.PLANNED, unreadable));
		d.setLongitude(number(c, StationColumn.LONGITUDE, unreadable));
		d.setLatitude(number(c, StationColumn.LATITUDE, unreadable));
		d.setOpeningHours(openingHours(c));
		d.setServices(services(c));
		for (FieldProblem p : StationValidator.check(d)) {
			if (!(p.messageKey().equals(StationValidator.REQUIRED) && unreadable.contains(p.field()))) {
				c.problems.add(p);
			}
		}
		if (d.getLongitude() != null && d.getLatitude() != null && Math.abs(d.getLongitude()) <= 180
				&& Math.abs(d.getLatitude()) <= 90) {
			LonLat wgs84 = CoordinateConverter.toWgs84(new LonLat(d.getLongitude(), d.getLatitude()), crs);
			c.longitude = wgs84.longitude();
			c.latitude = wgs84.latitude();
		}
		c.nameKey = d.getName().isBlank() ? null : TableImport.sameNameKey(d.getName());
		List<FieldProblem> all = TableImport.withCellProblems(cellProblems, c.problems);
		c.problems.clear();
		c.problems.addAll(all);
		return c;
	}

	private <E> @Nullable E choice(Candidate c, StationColumn column, Function<String, Optional<E>> lookup,
			String unknownKey, @Nullable E whenEmpty, Set<String> unreadable) {
		String text = c.value(column);
		if (text.isEmpty()) {
			return whenEmpty;
		}
		E found = lookup.apply(text).orElse(null);
		if (found == null) {
			c.problems.add(FieldProblem.of(column.field(), unknownKey, text));
			unreadable.add(column.field());
		}
		return found;
	}

	private static @Nullable Double number(Candidate c, StationColumn column, Set<String> unreadable) {
		String text = c.value(column);
		if (text.isEmpty()) {
			return null;
		}
		if (!TableImport.isNumber(text)) {
			c.problems.add(FieldProblem.of(column.field(), TableImport.NOT_A_NUMBER, text));
			unreadable.add(column.field());
			return null;
		}
		return Double.parseDouble(text);
	}

	private static OpeningHours openingHours(Candidate c) {
		String text = c.value(StationColumn.OPENING_HOURS);
		try {
			OpeningHours hours = OpeningHours.parse(text);
			if (hours.format().length() > Station.OPENING_HOURS_MAX) {
				c.problems.add(FieldProblem.of(StationColumn.OPENING_HOURS.field(), StationValidator.TOO_LONG,
						Station.OPENING_HOURS_MAX));
				return OpeningHours.NOT_SET;
			}
			return hours;
		}
		catch (OpeningHours.Invalid e) {
			c.problems.add(FieldProblem.of(StationColumn.OPENING_HOURS.field(), e.messageKey(), e.part()));
			return OpeningHours.NOT_SET;
		}
	}

	private Set<Amenity> services(Candidate c) {
		Set<Amenity> services = EnumSet.noneOf(Amenity.class);
		for (String token : SERVICE_SEPARATORS.split(c.value(StationColumn.SERVICES))) {
			if (token.isBlank()) {
				continue;
			}
			labels.amenity(token)
				.ifPresentOrElse(services::add, () -> c.problems.add(FieldProblem.of(StationColumn.SERVICES.field(),
						"import.problem.unknown-service", token.strip())));
		}
		return services;
	}

	/**
	 * Adds what needs the database to the parsed rows: the district of each point, and
	 * duplicates of registered stations and of earlier rows. One query each.
	 */
	private ImportPreview check(String fileName, CoordinateSystem crs, List<Candidate> candidates) {
		List<Candidate> located = candidates.stream().filter(c -> c.longitude != null).toList();
		List<LonLat> points = located.stream().map(c -> new LonLat(c.longitude, c.latitude)).toList();

		Map<Integer, DistrictRef> districtByIndex = districts.containingAll(points);
		for (int i = 0; i < located.size(); i++) {
			Candidate c = located.get(i);
			c.district = districtByIndex.get(i);
			if (c.district == null) {
				c.problems.add(FieldProblem.of(LOCATION, "station.validation.outside-city"));
			}
		}

		for (StationNearPoint near : spatial.findStationsNear(points.stream().mapToDouble(LonLat::longitude).toArray(),
				points.stream().mapToDouble(LonLat::latitude).toArray(), DUPLICATE_METRES)) {
			Candidate c = located.get(near.index());
			if (c.nameKey != null && c.nameKey.equals(TableImport.sameNameKey(near.name()))) {
				c.problems
					.add(FieldProblem.of(StationColumn.NAME.field(), "import.problem.duplicate-station", near.name()));
			}
		}

		repeated.earlier(located.stream().map(c -> c.nameKey).toList(), points, DUPLICATE_METRES)
			.forEach((later, earlier) -> located.get(later).problems.add(FieldProblem.of(StationColumn.NAME.field(),
					"import.problem.duplicate-row", String.valueOf(located.get(earlier).rowNumber))));

		List<ImportRow> rows = candidates.stream().map(Candidate::toRow).toList();
		return new ImportPreview(fileName, crs, rows, List.of());
	}

	/** A row on its way through the checks. */
	private static final class Candidate {

		final int rowNumber;

		final Map<StationColumn, String> values;

		final StationDraft draft = new StationDraft();

		final List<FieldProblem> problems = new ArrayList<>();

		@Nullable String nameKey;

		/** WGS84 */
		@Nullable Double longitude;

		/** WGS84 */
		@Nullable Double latitude;

		@Nullable DistrictRef district;

		Candidate(int rowNumber, Map<StationColumn, String> values) {
			this.rowNumber = rowNumber;
			this.values = values;
		}

		String value(StationColumn column) {
			return values.getOrDefault(column, "");
		}

		ImportRow toRow() {
			return new ImportRow(rowNumber, values, draft.getType(), draft.getStatus(), longitude, latitude, district,
					TableImport.inColumnOrder(problems, StationColumn.class, StationColumn.LATITUDE));
		}

	}

}
