package org.unionstations.portal.coverage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.audit.AuditLog;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.TextRules;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.geo.LonLat;
import org.unionstations.portal.base.table.RepeatedRows;
import org.unionstations.portal.base.table.TableImport;
import org.unionstations.portal.base.table.TableTemplate;
import org.unionstations.portal.coverage.CoverageSpatialRepository.DemandPointNear;
import org.unionstations.portal.district.District;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.security.CurrentUser;
import org.unionstations.portal.security.Role;

/**
 * Creates many demand points at once from a CSV or Excel file, all or nothing, as the
 * station import does (decision 0004): a {@link #preview} reports every problem of every
 * row (name, category, workers, coordinates, district, and duplicates — the same name
 * within {@value #DUPLICATE_METRES} m — of demand points there are or of earlier rows),
 * and a {@link #commit} checks everything again in its own transaction and writes every
 * row or none. Districts and duplicates are found with one bulk query each.
 */
@Service
@Transactional(readOnly = true)
public class DemandPointImportService {

	/** Two demand points with the same name closer than this (metres) are one. */
	public static final double DUPLICATE_METRES = 30;

	private final DemandPointRepository points;

	private final CoverageSpatialRepository spatial;

	private final DistrictService districts;

	private final RepeatedRows repeated;

	private final AuditLog audit;

	private final EntityManager entityManager;

	private final DemandTableLabels labels;

	private final CurrentUser currentUser;

	DemandPointImportService(DemandPointRepository points, CoverageSpatialRepository spatial, DistrictService districts,
			RepeatedRows repeated, AuditLog audit, EntityManager entityManager, DemandTableLabels labels,
			CurrentUser currentUser) {
		this.points = points;
		this.spatial = spatial;
		this.districts = districts;
		this.repeated = repeated;
		this.audit = audit;
		this.entityManager = entityManager;
		this.labels = labels;
		this.currentUser = currentUser;
	}

	/** True when the caller may import demand points (admins and planners). */
	@PreAuthorize("isAuthenticated()")
	public boolean canImport() {
		return currentUser.require().hasRole(Role.ADMIN) || currentUser.require().hasRole(Role.PLANNER);
	}

	/**
	 * Reads a {@code .csv} (UTF-8 or GB18030, comma-separated) or {@code .xlsx} (first
	 * sheet) file whose first row names the columns, and checks every row. Writes
	 * nothing.
	 * @param crs the coordinate system of the file's longitudes and latitudes
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public DemandImportPreview preview(String fileName, byte[] content, CoordinateSystem crs) {
		List<FieldProblem> fileProblems = new ArrayList<>();
		List<Parsed> rows = TableImport.read(fileName, content, DemandColumn.class, labels::column, fileProblems)
			.stream()
			.map(row -> parse(row.number(), row.values(), row.cellProblems(), crs))
			.toList();
		if (!fileProblems.isEmpty()) {
			return new DemandImportPreview(fileName, crs, List.of(), fileProblems);
		}
		return check(fileName, crs, rows);
	}

	/**
	 * Creates a demand point for every row of the preview, each with one {@code IMPORT}
	 * revision in the change log. Every row is checked again first, against the demand
	 * points as they are now; if any has a problem nothing is written.
	 * @return how many demand points were created
	 * @throws DemandImportRejectedException with the fresh check when anything is wrong
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public int commit(DemandImportPreview preview) {
		if (!preview.canCommit()) {
			throw new DemandImportRejectedException(preview);
		}
		spatial.lockForDemandImport();
		List<Parsed> rows = preview.rows()
			.stream()
			.map(r -> parse(r.rowNumber(), r.values(), List.of(), preview.crs()))
			.toList();
		DemandImportPreview fresh = check(preview.fileName(), preview.crs(), rows);
		if (!fresh.canCommit()) {
			throw new DemandImportRejectedException(fresh);
		}
		Map<Long, District> districtsById = new HashMap<>();
		List<DemandPoint> created = new ArrayList<>(rows.size());
		for (Parsed row : rows) {
			DemandPoint point = new DemandPoint(row.category, row.name, row.workers, row.point.longitude(),
					row.point.latitude());
			point.setDistrict(districtsById.computeIfAbsent(row.district.id(),
					id -> entityManager.getReference(District.class, id)));
			created.add(point);
		}
		points.saveAll(created);
		points.flush();
		Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
		for (DemandPoint point : created) {
			changes.put(point.getId(), FieldChange.between(Map.of(), DemandPointSnapshot.of(point)));
		}
		audit.recordAll(DemandPointSnapshot.ENTITY_TYPE, ChangeAction.IMPORT, changes);
		return created.size();
	}

	/**
	 * An Excel workbook to fill in: the first sheet has the column headers in
	 * {@code locale}'s language; a second sheet says what the columns hold and shows an
	 * example row, which is not imported with the data.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public byte[] template(Locale locale) {
		Map<DemandColumn, String> example = new EnumMap<>(DemandColumn.class);
		example.put(DemandColumn.NAME, labels.text("demand.import.template.name", locale));
		example.put(DemandColumn.CATEGORY, labels.category(DemandCategory.DELIVERY_HUB, locale));
		example.put(DemandColumn.WORKERS, "120");
		example.put(DemandColumn.LONGITUDE, "114.310000");
		example.put(DemandColumn.LATITUDE, "29.845000");
		return TableTemplate.xlsx(labels.text("demand.import.template.data-sheet", locale), labels.headers(locale),
				labels.text("import.template.guide-sheet", locale),
				List.of(labels.text("import.template.guide-title", locale),
						labels.text("import.template.guide-where", locale), labels.text("demand.import.help", locale)),
				List.of(List.copyOf(example.values())));
	}

	/**
	 * One row's values checked on their own: everything but the district and duplicates,
	 * which {@link #check} finds for all rows at once.
	 */
	private Parsed parse(int rowNumber, Map<DemandColumn, String> values, List<FieldProblem> cellProblems,
			CoordinateSystem crs) {
		Parsed p = new Parsed(rowNumber, values);
		p.name = p.value(DemandColumn.NAME);
		if (p.name.isEmpty()) {
			p.problems.add(FieldProblem.of(DemandColumn.NAME.field(), TableImport.REQUIRED));
		}
		else if (p.name.length() > DemandPoint.NAME_MAX) {
			p.problems.add(FieldProblem.of(DemandColumn.NAME.field(), TableImport.TOO_LONG, DemandPoint.NAME_MAX));
		}
		else {
			TextRules.check(DemandColumn.NAME.field(), p.name, false).ifPresent(p.problems::add);
		}
		String category = p.value(DemandColumn.CATEGORY);
		if (category.isEmpty()) {
			p.problems.add(FieldProblem.of(DemandColumn.CATEGORY.field(), TableImport.REQUIRED));
		}
		else {
			p.category = labels.category(category).orElse(null);
			if (p.category == null) {
				p.problems
					.add(FieldProblem.of(DemandColumn.CATEGORY.field(), "import.problem.unknown-category", category));
			}
		}
		p.workers = workers(p);
		p.point = TableImport.point(p.value(DemandColumn.LONGITUDE), p.value(DemandColumn.LATITUDE),
				DemandColumn.LONGITUDE, DemandColumn.LATITUDE, crs, p.problems);
		p.nameKey = p.name.isEmpty() ? null : TableImport.sameNameKey(p.name);
		List<FieldProblem> all = TableImport.withCellProblems(cellProblems, p.problems);
		p.problems.clear();
		p.problems.addAll(all);
		return p;
	}

	/** A whole number from 0 to {@link DemandPoint#WORKERS_MAX}; "120.0" is 120. */
	private static @Nullable Integer workers(Parsed p) {
		String text = p.value(DemandColumn.WORKERS);
		String field = DemandColumn.WORKERS.field();
		if (text.isEmpty()) {
			p.problems.add(FieldProblem.of(field, TableImport.REQUIRED));
			return null;
		}
		BigDecimal value = TableImport.isNumber(text) ? new BigDecimal(text) : null;
		if (value == null || value.stripTrailingZeros().scale() > 0) {
			p.problems.add(FieldProblem.of(field, "import.problem.not-a-whole-number", text));
			return null;
		}
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(DemandPoint.WORKERS_MAX)) > 0) {
			p.problems.add(FieldProblem.of(field, "demand.validation.workers-range", 0, DemandPoint.WORKERS_MAX));
			return null;
		}
		return value.intValueExact();
	}

	/**
	 * Adds what needs the database to the parsed rows: the district of each point, and
	 * duplicates of demand points there are and of earlier rows. One query each.
	 */
	private DemandImportPreview check(String fileName, CoordinateSystem crs, List<Parsed> rows) {
		List<Parsed> located = rows.stream().filter(r -> r.point != null).toList();
		List<LonLat> lonLats = located.stream().map(r -> r.point).toList();

		Map<Integer, DistrictRef> districtByIndex = districts.containingAll(lonLats);
		for (int i = 0; i < located.size(); i++) {
			Parsed r = located.get(i);
			r.district = districtByIndex.get(i);
			if (r.district == null) {
				r.problems.add(FieldProblem.of(TableImport.LOCATION, "station.validation.outside-city"));
			}
		}

		for (DemandPointNear near : spatial.findDemandPointsNear(
				lonLats.stream().mapToDouble(LonLat::longitude).toArray(),
				lonLats.stream().mapToDouble(LonLat::latitude).toArray(), DUPLICATE_METRES)) {
			Parsed r = located.get(near.index());
			if (r.nameKey != null && r.nameKey.equals(TableImport.sameNameKey(near.name()))) {
				r.problems.add(FieldProblem.of(DemandColumn.NAME.field(), "import.problem.duplicate-demand-point",
						near.name()));
			}
		}

		repeated.earlier(located.stream().map(r -> r.nameKey).toList(), lonLats, DUPLICATE_METRES)
			.forEach((later, earlier) -> located.get(later).problems.add(FieldProblem.of(DemandColumn.NAME.field(),
					"import.problem.duplicate-row", String.valueOf(located.get(earlier).rowNumber))));

		return new DemandImportPreview(fileName, crs, rows.stream().map(Parsed::toRow).toList(), List.of());
	}

	/** A row on its way through the checks. */
	private static final class Parsed {

		final int rowNumber;

		final Map<DemandColumn, String> values;

		final List<FieldProblem> problems = new ArrayList<>();

		String name = "";

		@Nullable String nameKey;

		@Nullable DemandCategory category;

		@Nullable Integer workers;

		/** WGS84 */
		@Nullable LonLat point;

		@Nullable DistrictRef district;

		Parsed(int rowNumber, Map<DemandColumn, String> values) {
			this.rowNumber = rowNumber;
			this.values = values;
		}

		String value(DemandColumn column) {
			return values.getOrDefault(column, "");
		}

		DemandImportRow toRow() {
			return new DemandImportRow(rowNumber, values, category, workers, point == null ? null : point.longitude(),
					point == null ? null : point.latitude(), district,
					TableImport.inColumnOrder(problems, DemandColumn.class, DemandColumn.LATITUDE));
		}

	}

}
