package org.unionstations.portal.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.unionstations.portal.base.table.TableExport;
import org.unionstations.portal.base.table.Xlsx;
import org.unionstations.portal.base.table.Xlsx.SheetData;

/**
 * Coverage results as one Excel workbook, headers and names in the reader's language:
 * district coverage, uncovered demand, uncovered area, and the siting suggestions when
 * there are any. Counts are numbers, shares are percentages (stored as fractions, shown
 * as 45.3%), coordinates WGS84 with 6 decimals.
 */
@Service
public class CoverageExportService {

	private static final String COUNT = "#,##0";

	private static final String PERCENT = "0.0%";

	private static final String AREA = "#,##0.0";

	private static final String COORDINATE = "0.000000";

	private static final String TEXT = "General";

	private final MessageSource messages;

	CoverageExportService(MessageSource messages) {
		this.messages = messages;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public byte[] xlsx(CoverageResults results, Locale locale) {
		List<SheetData> sheets = new ArrayList<>();
		sheets.add(districts(results.rows(), locale));
		sheets.add(uncovered(results.uncovered(), locale));
		sheets.add(area(results.area(), locale));
		if (!results.suggestions().isEmpty()) {
			sheets.add(sites(results.suggestions(), results.candidatesUploaded(), locale));
		}
		return Xlsx.write(sheets);
	}

	private SheetData districts(List<CoverageRow> rows, Locale locale) {
		List<List<@Nullable Object>> cells = rows.stream()
			.map(r -> cells(r.isCityTotal() ? text("coverage.city", locale) : r.districtName(locale), r.points(),
					r.uncoveredPoints(), r.workers(), r.coveredWorkers(), r.uncoveredWorkers(),
					r.workerCoveragePercent() / 100))
			.toList();
		return new SheetData(text("coverage.tab.districts", locale),
				headers(locale, "station.district", "coverage.points", "coverage.uncovered-points", "coverage.workers",
						"coverage.covered-workers", "coverage.uncovered-workers", "coverage.worker-coverage"),
				List.of(TEXT, COUNT, COUNT, COUNT, COUNT, COUNT, PERCENT), TableExport.guarded(cells));
	}

	private SheetData uncovered(List<UncoveredPoint> points, Locale locale) {
		List<List<@Nullable Object>> cells = points.stream()
			.map(p -> cells(p.name(), text("demand.category." + p.category().name(), locale), p.workers(),
					p.nearestStationMetres() == null ? null : Math.round(p.nearestStationMetres()),
					chinese(locale) ? p.districtNameZh() : p.districtNameEn(), TableExport.coordinate(p.longitude()),
					TableExport.coordinate(p.latitude())))
			.toList();
		return new SheetData(text("coverage.tab.uncovered", locale),
				headers(locale, "demand.name", "demand.category", "demand.workers", "coverage.nearest",
						"station.district", "demand.column.LONGITUDE", "demand.column.LATITUDE"),
				List.of(TEXT, TEXT, COUNT, COUNT, TEXT, COORDINATE, COORDINATE), TableExport.guarded(cells));
	}

	private SheetData area(List<UncoveredArea> areas, Locale locale) {
		List<List<@Nullable Object>> cells = areas.stream()
			.map(a -> cells(chinese(locale) ? a.districtNameZh() : a.districtNameEn(), a.districtKm2(),
					a.uncoveredKm2(), a.uncoveredPercent() / 100))
			.toList();
		return new SheetData(
				text("coverage.tab.area", locale), headers(locale, "station.district", "coverage.area.district",
						"coverage.area.uncovered", "coverage.area.percent"),
				List.of(TEXT, AREA, AREA, PERCENT), TableExport.guarded(cells));
	}

	/** The candidate's name only when it was uploaded; hexagon labels mean nothing. */
	private SheetData sites(List<SitingSuggestion> suggestions, boolean named, Locale locale) {
		List<List<@Nullable Object>> cells = new ArrayList<>();
		for (SitingSuggestion s : suggestions) {
			List<@Nullable Object> row = new ArrayList<>(List.of(s.rank()));
			if (named) {
				row.add(s.label());
			}
			row.addAll(List.of(TableExport.coordinate(s.longitude()), TableExport.coordinate(s.latitude()),
					s.addedWorkers(), s.cityCoveragePercentAfter() / 100));
			cells.add(row);
		}
		List<String> keys = new ArrayList<>(List.of("coverage.siting.rank", "demand.column.LONGITUDE",
				"demand.column.LATITUDE", "coverage.siting.added", "coverage.siting.after"));
		List<String> formats = new ArrayList<>(List.of(COUNT, COORDINATE, COORDINATE, COUNT, PERCENT));
		if (named) {
			keys.add(1, "coverage.siting.candidate");
			formats.add(1, TEXT);
		}
		return new SheetData(text("coverage.tab.sites", locale), headers(locale, keys.toArray(String[]::new)), formats,
				TableExport.guarded(cells));
	}

	private static List<@Nullable Object> cells(@Nullable Object... values) {
		return Arrays.asList(values);
	}

	private List<String> headers(Locale locale, String... keys) {
		return Arrays.stream(keys).map(k -> text(k, locale)).toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static boolean chinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

}
