package org.unionstations.portal.coverage;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.table.TableExport;
import org.unionstations.portal.base.table.Xlsx;
import org.unionstations.portal.district.District;

/**
 * Demand points as files, exactly as the demand point list shows them under its filter:
 * CSV and Excel with the import's columns and headers (so an export imports elsewhere
 * unchanged), and GeoJSON for GIS tools. Coordinates are WGS84 with 6 decimals.
 */
@Service
@Transactional(readOnly = true)
public class DemandPointExportService {

	private static final Sort ORDER = Sort.by("name").and(Sort.by("id"));

	private final DemandPointRepository points;

	private final DemandTableLabels labels;

	DemandPointExportService(DemandPointRepository points, DemandTableLabels labels) {
		this.points = points;
		this.labels = labels;
	}

	/** UTF-8 with a byte order mark, so Excel shows Chinese right. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public byte[] csv(DemandFilter filter, Locale locale) {
		return TableExport.csv(labels.headers(locale), rows(filter, locale));
	}

	/** One sheet; workers and coordinates are numbers. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public byte[] xlsx(DemandFilter filter, Locale locale) {
		return Xlsx.write(List.of(new Xlsx.SheetData(labels.text("demand.export.sheet-name", locale),
				labels.headers(locale), List.of("General", "General", "0", "0.000000", "0.000000"),
				TableExport.guarded(rows(filter, locale)))));
	}

	/**
	 * A GeoJSON FeatureCollection of points; categories are codes, the district its
	 * official (Chinese) name.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public byte[] geoJson(DemandFilter filter) {
		return TableExport.geoJsonPoints(find(filter), DemandPoint::getId,
				p -> new double[] { p.getLocation().getX(), p.getLocation().getY() }, (p, properties) -> {
					properties.put("name", p.getName());
					properties.put("category", p.getCategory().name());
					properties.put("workers", p.getWorkers());
					District d = p.getDistrict();
					properties.put("district", d == null ? null : d.getNameZh());
				});
	}

	private List<DemandPoint> find(DemandFilter filter) {
		return points.findAll(DemandPointService.matching(filter), ORDER);
	}

	/** Each point's cells in {@link DemandColumn} order. */
	private List<List<@Nullable Object>> rows(DemandFilter filter, Locale locale) {
		return find(filter).stream()
			.map(p -> List.<@Nullable Object>of(p.getName(), labels.category(p.getCategory(), locale), p.getWorkers(),
					TableExport.coordinate(p.getLocation().getX()), TableExport.coordinate(p.getLocation().getY())))
			.toList();
	}

}
