package org.unionstations.portal.kpi.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.kpi.KpiAggregation;
import org.unionstations.portal.kpi.KpiDirection;
import org.unionstations.portal.kpi.KpiSource;

/**
 * The words of the KPI pages in the reader's language: sources, directions, aggregations,
 * districts (or 市级 for city-wide), and the fields and values the change log keeps of
 * targets and progress entries.
 */
final class KpiLabels {

	private final Component component;

	private final Locale locale;

	private final Map<Long, DistrictRef> districts;

	KpiLabels(Component component, Locale locale, List<DistrictRef> districts) {
		this.component = component;
		this.locale = locale;
		this.districts = districts.stream().collect(Collectors.toMap(DistrictRef::id, Function.identity()));
	}

	String source(KpiSource source) {
		return t("kpi.source." + source.name());
	}

	String direction(KpiDirection direction) {
		return t("kpi.direction." + direction.name());
	}

	String aggregation(KpiAggregation aggregation) {
		return t("kpi.aggregation." + aggregation.name());
	}

	String yesNo(boolean yes) {
		return t(yes ? "kpi.yes" : "kpi.no");
	}

	/** A district's name; city-wide (市级) for none or one the city no longer has. */
	String district(@Nullable Long districtId) {
		DistrictRef d = districtId == null ? null : districts.get(districtId);
		return d == null ? t("kpi.detail.city-wide") : d.name(locale);
	}

	/** A field of a KPI's change log entries. */
	String targetField(String field) {
		return t("kpi.field." + field);
	}

	/** A value of a KPI's change log entries. */
	String targetValue(String field, String value) {
		if (value.isEmpty()) {
			return "";
		}
		return switch (field) {
			case "direction" -> direction(KpiDirection.valueOf(value));
			case "source" -> source(KpiSource.valueOf(value));
			case "aggregation" -> aggregation(KpiAggregation.valueOf(value));
			case "monthlyProfile" -> value.replace(",", " · ");
			case "districtTargets" -> Arrays.stream(value.split(","))
				.map(part -> part.split("=", 2))
				.map(pair -> district(Long.valueOf(pair[0])) + " " + pair[1])
				.collect(Collectors.joining("；"));
			default -> value;
		};
	}

	/** A field of a progress entry's change log entries. */
	String progressField(String field) {
		return t("kpi.progress.field." + field);
	}

	/** A value of a progress entry's change log entries. */
	String progressValue(String field, String value) {
		return switch (field) {
			case "correction" -> yesNo(Boolean.parseBoolean(value));
			case "district" -> district(value.isEmpty() ? null : Long.valueOf(value));
			default -> value;
		};
	}

	private String t(String key) {
		return component.getTranslation(key);
	}

}
