package org.unionstations.portal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.geo.LonLat;
import org.unionstations.portal.base.table.TableImport;
import org.unionstations.portal.base.table.TableTemplate;
import org.unionstations.portal.base.table.TableVocabulary;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;

/**
 * Reads a file of candidate sites ({@code .csv} or {@code .xlsx}, columns 名称/name,
 * 经度/longitude, 纬度/latitude) with the table imports' rules: every row needs a name and a
 * point inside the city; districts are found for all rows in one query.
 */
@Component
class CandidateReader {

	private final DistrictService districts;

	private final TableVocabulary<CandidateColumn> columns;

	private final MessageSource messages;

	CandidateReader(DistrictService districts, MessageSource messages) {
		this.districts = districts;
		this.messages = messages;
		this.columns = TableVocabulary.columns(messages, CandidateColumn.values());
	}

	/**
	 * An Excel workbook to fill in, as the other imports' templates: headers in
	 * {@code locale}'s language on the first sheet, instructions and an example on the
	 * second.
	 */
	byte[] template(Locale locale) {
		return TableTemplate.xlsx(text("coverage.candidates.template.data-sheet", locale), columns.labels(locale),
				text("import.template.guide-sheet", locale),
				List.of(text("import.template.guide-title", locale), text("import.template.guide-where", locale),
						text("coverage.candidates.help", locale)),
				List.of(List.of(text("coverage.candidates.template.name", locale), "114.310000", "29.845000")));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	CandidateFile read(String fileName, byte[] content, CoordinateSystem crs) {
		List<FieldProblem> fileProblems = new ArrayList<>();
		List<TableImport.Row<CandidateColumn>> rows = TableImport.read(fileName, content, CandidateColumn.class,
				columns::find, fileProblems);
		if (!fileProblems.isEmpty()) {
			return new CandidateFile(fileName, crs, List.of(), fileProblems);
		}
		List<List<FieldProblem>> problems = new ArrayList<>();
		List<@Nullable LonLat> points = new ArrayList<>();
		for (TableImport.Row<CandidateColumn> row : rows) {
			List<FieldProblem> found = new ArrayList<>();
			if (row.value(CandidateColumn.NAME).isEmpty()) {
				found.add(FieldProblem.of(CandidateColumn.NAME.field(), TableImport.REQUIRED));
			}
			points.add(TableImport.point(row.value(CandidateColumn.LONGITUDE), row.value(CandidateColumn.LATITUDE),
					CandidateColumn.LONGITUDE, CandidateColumn.LATITUDE, crs, found));
			problems.add(new ArrayList<>(TableImport.withCellProblems(row.cellProblems(), found)));
		}
		List<Integer> located = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			if (points.get(i) != null) {
				located.add(i);
			}
		}
		Map<Integer, DistrictRef> inCity = districts.containingAll(located.stream().map(points::get).toList());
		for (int i = 0; i < located.size(); i++) {
			if (!inCity.containsKey(i)) {
				problems.get(located.get(i))
					.add(FieldProblem.of(TableImport.LOCATION, "station.validation.outside-city"));
			}
		}
		List<CandidateRow> checked = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			TableImport.Row<CandidateColumn> row = rows.get(i);
			LonLat point = points.get(i);
			checked.add(new CandidateRow(row.number(), row.value(CandidateColumn.NAME),
					point == null ? null : point.longitude(), point == null ? null : point.latitude(),
					TableImport.inColumnOrder(problems.get(i), CandidateColumn.class, CandidateColumn.LATITUDE)));
		}
		return new CandidateFile(fileName, crs, checked, List.of());
	}

}
