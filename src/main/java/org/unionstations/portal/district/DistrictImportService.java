package org.unionstations.portal.district;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.audit.AuditLog;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.TextRules;

/**
 * Admins replace the city's district boundaries from a GeoJSON file: a preview checks
 * every feature (code, names, {@code ST_IsValid}), reports overlaps, gaps, districts that
 * would disappear and the stations and demand points that would change district; a commit
 * checks again and writes everything in one transaction or nothing. Invalid boundaries
 * are repaired with {@code ST_MakeValid} only with the admin's consent.
 */
@Service
public class DistrictImportService {

	/** The change log's entity type of districts. */
	public static final String ENTITY_TYPE = "DISTRICT";

	/** The change log's entity type of the city's name (one row, id 1). */
	public static final String CITY_ENTITY_TYPE = "CITY";

	/** The largest file accepted. */
	public static final int MAX_FILE_BYTES = DistrictGeoJson.MAX_FILE_BYTES;

	private static final Pattern CODE = Pattern.compile("[0-9]{6}");

	private final DistrictImportRepository repository;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final SecurityContextHolderStrategy securityContext;

	DistrictImportService(DistrictImportRepository repository, AuditLog audit, ApplicationEventPublisher events,
			SecurityContextHolderStrategy securityContext) {
		this.repository = repository;
		this.audit = audit;
		this.events = events;
		this.securityContext = securityContext;
	}

	/**
	 * Checks a file and writes nothing (its temporary table goes with the transaction).
	 * @param mapping which properties hold code and names; null to guess from the file
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public DistrictImportPreview preview(String fileName, byte[] content, @Nullable DistrictMapping mapping,
			boolean repairConsent) {
		return check(fileName, content, mapping, repairConsent);
	}

	/**
	 * Replaces the districts with the file's, in one transaction: districts matched by
	 * code are updated, new codes added, codes no longer present deleted unless other
	 * records refer to them; every station and demand point is given the district that
	 * covers it (none when outside all, listed in the result); the city's name is saved.
	 * @throws DistrictImportRefusedException with a fresh check when anything blocks;
	 * nothing is written then
	 * @throws InvalidInputException when the city's name is missing or too long
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public DistrictImportResult commit(String fileName, byte[] content, DistrictMapping mapping, boolean repairConsent,
			String cityNameZh, String cityNameEn) {
		checkCityName(cityNameZh, cityNameEn);
		repository.lockDistricts();
		DistrictImportPreview preview = check(fileName, content, mapping, repairConsent);
		if (!preview.canCommit()) {
			throw new DistrictImportRefusedException(preview);
		}
		Map<String, Map<String, String>> before = repository.snapshots();
		int[] addedUpdated = repository.upsert();
		int stations = repository.reassign("station");
		int demandPoints = repository.reassign("demand_point");
		// stations and demand points have moved off the districts to delete; anything
		// else still referring to one refuses the whole import
		List<RemovalBlocked> blocked = repository.blocked(preview.removed(), List.of());
		if (!blocked.isEmpty()) {
			throw new DistrictImportRefusedException(withBlocked(preview, blocked));
		}
		repository.delete(preview.removed());
		List<PlaceOutside> stationsOutside = repository.outside("station");
		List<PlaceOutside> demandPointsOutside = repository.outside("demand_point");
		saveCity(cityNameZh.strip(), cityNameEn.strip());
		log(fileName, before, repository.snapshots(), stations, demandPoints, stationsOutside.size(),
				demandPointsOutside.size());
		events.publishEvent(new DistrictsChanged());
		return new DistrictImportResult(addedUpdated[0], addedUpdated[1],
				preview.removed().stream().map(DistrictRef::code).toList(), stations, stationsOutside, demandPoints,
				demandPointsOutside);
	}

	private DistrictImportPreview check(String fileName, byte[] content, @Nullable DistrictMapping requested,
			boolean repair) {
		DistrictGeoJson.File file = DistrictGeoJson.read(content);
		DistrictMapping mapping = requested != null ? requested : DistrictMapping.guess(file.properties());
		if (!file.problems().isEmpty()) {
			return new DistrictImportPreview(fileName, file.properties(), mapping, repair, file.problems(), List.of(),
					List.of(), List.of(), List.of(), List.of(), 0, List.of(), 0, List.of(), null, null);
		}
		List<FieldProblem> fileProblems = mappingProblems(file, mapping);
		List<DistrictImportRepository.Candidate> candidates = new ArrayList<>();
		WKBWriter wkb = new WKBWriter();
		for (DistrictGeoJson.Feature f : file.features()) {
			if (f.geometry() != null) {
				candidates.add(new DistrictImportRepository.Candidate(f.number(), code(f, mapping), nameZh(f, mapping),
						nameEn(f, mapping), WKBWriter.toHex(wkb.write(f.geometry()))));
			}
		}
		repository.load(candidates, repair);
		Map<Integer, DistrictImportRepository.Checked> checked = new HashMap<>();
		repository.checked().forEach(c -> checked.put(c.feature(), c));
		Map<String, Integer> firstByCode = new HashMap<>();
		List<DistrictImportRow> rows = new ArrayList<>();
		List<DistrictRef> removed = repository.removed();
		Set<String> existingCodes = repository.existingCodes();
		for (DistrictGeoJson.Feature f : file.features()) {
			rows.add(row(f, mapping, repair, checked.get(f.number()), firstByCode, existingCodes));
		}
		List<DistrictImportRepository.Moving> stations = repository.moving("station");
		List<DistrictImportRepository.Moving> demandPoints = repository.moving("demand_point");
		return new DistrictImportPreview(fileName, file.properties(), mapping, repair, fileProblems, rows,
				repository.overlaps(DistrictImportPreview.TOLERANCE_KM2),
				repository.gaps(DistrictImportPreview.TOLERANCE_KM2), removed,
				repository.blocked(removed, DistrictImportRepository.FOLLOWING_TABLES), movingCount(stations),
				outside(stations), movingCount(demandPoints), outside(demandPoints), cityCode(rows),
				repository.extent());
	}

	private DistrictImportRow row(DistrictGeoJson.Feature f, DistrictMapping mapping, boolean repair,
			DistrictImportRepository.@Nullable Checked checked, Map<String, Integer> firstByCode,
			Set<String> existingCodes) {
		List<FieldProblem> problems = new ArrayList<>(f.problems());
		String code = code(f, mapping);
		String nameZh = nameZh(f, mapping);
		String nameEn = nameEn(f, mapping);
		if (code == null) {
			problems.add(FieldProblem.of("code", "district.import.problem.code-missing"));
		}
		else if (!CODE.matcher(code).matches()) {
			problems.add(FieldProblem.of("code", "district.import.problem.code-format", code));
		}
		else if (firstByCode.containsKey(code)) {
			problems.add(FieldProblem.of("code", "district.import.problem.code-repeated", code, firstByCode.get(code)));
		}
		else {
			firstByCode.put(code, f.number());
		}
		if (nameZh == null) {
			problems.add(FieldProblem.of("name_zh", "district.import.problem.name-missing"));
		}
		else {
			checkName("name_zh", nameZh).ifPresent(problems::add);
		}
		if (nameEn != null) {
			checkName("name_en", nameEn).ifPresent(problems::add);
		}
		boolean valid = checked == null || checked.valid();
		if (checked != null && !checked.valid()) {
			if (!repair) {
				problems.add(FieldProblem.of(DistrictGeoJson.GEOMETRY, "district.import.problem.invalid",
						String.valueOf(checked.reason())));
			}
			else if (!checked.repairable()) {
				problems.add(FieldProblem.of(DistrictGeoJson.GEOMETRY, "district.import.problem.repair-failed",
						String.valueOf(checked.reason())));
			}
		}
		return new DistrictImportRow(f.number(), code, nameZh, nameEn, code != null && existingCodes.contains(code),
				checked == null ? 0 : checked.areaKm2(), valid, checked == null ? null : checked.reason(),
				checked != null && !checked.valid() && repair && checked.repairable(),
				checked == null ? null : checked.geoJson(), problems);
	}

	private static Optional<FieldProblem> checkName(String field, String name) {
		if (name.length() > City.NAME_MAX) {
			return Optional.of(FieldProblem.of(field, "district.import.problem.name-too-long", City.NAME_MAX));
		}
		return TextRules.check(field, name, false);
	}

	private static List<FieldProblem> mappingProblems(DistrictGeoJson.File file, DistrictMapping mapping) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!file.properties().contains(mapping.codeProperty())) {
			problems.add(FieldProblem.of("code", "district.import.problem.no-property", mapping.codeProperty()));
		}
		if (!file.properties().contains(mapping.nameZhProperty())) {
			problems.add(FieldProblem.of("name_zh", "district.import.problem.no-property", mapping.nameZhProperty()));
		}
		return problems;
	}

	private static @Nullable String code(DistrictGeoJson.Feature f, DistrictMapping mapping) {
		return blankToNull(f.properties().get(mapping.codeProperty()));
	}

	private static @Nullable String nameZh(DistrictGeoJson.Feature f, DistrictMapping mapping) {
		return blankToNull(f.properties().get(mapping.nameZhProperty()));
	}

	private static @Nullable String nameEn(DistrictGeoJson.Feature f, DistrictMapping mapping) {
		return mapping.nameEnProperty() == null ? null : blankToNull(f.properties().get(mapping.nameEnProperty()));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static int movingCount(List<DistrictImportRepository.Moving> moving) {
		return (int) moving.stream().filter(m -> m.newCode() != null).count();
	}

	private static List<PlaceOutside> outside(List<DistrictImportRepository.Moving> moving) {
		return moving.stream().filter(m -> m.newCode() == null).map(DistrictImportRepository.Moving::place).toList();
	}

	/** The common parent (first four digits + "00") of the rows' codes, if one. */
	static @Nullable String cityCode(List<DistrictImportRow> rows) {
		List<String> prefixes = rows.stream()
			.map(DistrictImportRow::code)
			.filter(c -> c != null && CODE.matcher(c).matches())
			.map(c -> c.substring(0, 4))
			.distinct()
			.toList();
		return prefixes.size() == 1 ? prefixes.getFirst() + "00" : null;
	}

	private static DistrictImportPreview withBlocked(DistrictImportPreview p, List<RemovalBlocked> blocked) {
		return new DistrictImportPreview(p.fileName(), p.properties(), p.mapping(), p.repairConsent(), p.fileProblems(),
				p.rows(), p.overlaps(), p.gaps(), p.removed(), blocked, p.stationsMoving(), p.stationsOutside(),
				p.demandPointsMoving(), p.demandPointsOutside(), p.cityCode(), p.bounds());
	}

	private static void checkCityName(String nameZh, String nameEn) {
		List<FieldProblem> problems = new ArrayList<>();
		if (nameZh.isBlank()) {
			problems.add(FieldProblem.of("cityNameZh", "validation.required"));
		}
		else if (nameZh.strip().length() > City.NAME_MAX) {
			problems.add(FieldProblem.of("cityNameZh", "validation.too-long", City.NAME_MAX));
		}
		else {
			TextRules.check("cityNameZh", nameZh, false).ifPresent(problems::add);
		}
		if (nameEn.strip().length() > City.NAME_MAX) {
			problems.add(FieldProblem.of("cityNameEn", "validation.too-long", City.NAME_MAX));
		}
		else {
			TextRules.check("cityNameEn", nameEn, false).ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * One IMPORT revision per district added or changed (the source file, names, area,
	 * boundary fingerprint, and how many stations and demand points the import moved), a
	 * DELETE revision per district removed.
	 */
	private void log(String fileName, Map<String, Map<String, String>> before, Map<String, Map<String, String>> after,
			int stations, int demandPoints, int stationsOutside, int demandPointsOutside) {
		Map<Long, List<FieldChange>> imported = new LinkedHashMap<>();
		after.forEach((code, fields) -> {
			Map<String, String> old = new LinkedHashMap<>(before.getOrDefault(code, Map.of()));
			Map<String, String> now = new LinkedHashMap<>(fields);
			old.remove("id");
			now.remove("id");
			List<FieldChange> changes = new ArrayList<>(FieldChange.between(old, now));
			if (!changes.isEmpty()) {
				changes.add(new FieldChange("file", null, fileName));
				changes.add(new FieldChange("stations_reassigned", null, String.valueOf(stations)));
				changes.add(new FieldChange("demand_points_reassigned", null, String.valueOf(demandPoints)));
				changes.add(new FieldChange("stations_outside", null, String.valueOf(stationsOutside)));
				changes.add(new FieldChange("demand_points_outside", null, String.valueOf(demandPointsOutside)));
				imported.put(Long.parseLong(fields.get("id")), changes);
			}
		});
		audit.recordAll(ENTITY_TYPE, ChangeAction.IMPORT, imported);
		Map<Long, List<FieldChange>> deleted = new LinkedHashMap<>();
		before.forEach((code, fields) -> {
			if (!after.containsKey(code)) {
				Map<String, String> old = new LinkedHashMap<>(fields);
				old.remove("id");
				List<FieldChange> changes = new ArrayList<>(FieldChange.between(old, Map.of()));
				changes.add(new FieldChange("file", null, fileName));
				deleted.put(Long.parseLong(fields.get("id")), changes);
			}
		});
		audit.recordAll(ENTITY_TYPE, ChangeAction.DELETE, deleted);
	}

	private void saveCity(String nameZh, String nameEn) {
		Map<String, String> before = new LinkedHashMap<>();
		repository.cityName().ifPresent(c -> {
			before.put("name_zh", c.nameZh());
			before.put("name_en", c.nameEn());
		});
		repository.saveCity(nameZh, nameEn, currentUsername());
		audit.record(CITY_ENTITY_TYPE, 1, before.isEmpty() ? ChangeAction.CREATE : ChangeAction.UPDATE,
				FieldChange.between(before, Map.of("name_zh", nameZh, "name_en", nameEn)));
	}

	private String currentUsername() {
		var auth = securityContext.getContext().getAuthentication();
		return auth != null ? auth.getName() : "system";
	}

}
