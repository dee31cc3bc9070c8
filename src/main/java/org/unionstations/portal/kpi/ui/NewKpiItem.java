package org.unionstations.portal.kpi.ui;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.kpi.KpiAggregation;
import org.unionstations.portal.kpi.KpiDirection;
import org.unionstations.portal.kpi.KpiSource;
import org.unionstations.portal.kpi.NewKpiDraft;

/** A new KPI as the dialog's buffered binder fills it in. */
final class NewKpiItem {

	private @Nullable Integer year;

	private @Nullable String code;

	private @Nullable String nameZh;

	private @Nullable String nameEn;

	private @Nullable String unitZh;

	private @Nullable String unitEn;

	private @Nullable KpiSource source = KpiSource.REPORTED;

	private @Nullable KpiDirection direction = KpiDirection.AT_LEAST;

	private @Nullable KpiAggregation aggregation = KpiAggregation.SUM;

	private @Nullable BigDecimal target;

	NewKpiItem(int year) {
		this.year = year;
	}

	/** The draft for the service; the code in capitals, as codes are kept. */
	NewKpiDraft toDraft() {
		return new NewKpiDraft(year == null ? 0 : year, code == null ? null : code.strip().toUpperCase(Locale.ROOT),
				nameZh, nameEn, unitZh, unitEn, source, direction, aggregation, target);
	}

	@Nullable Integer getYear() {
		return year;
	}

	void setYear(@Nullable Integer year) {
		this.year = year;
	}

	@Nullable String getCode() {
		return code;
	}

	void setCode(@Nullable String code) {
		this.code = code;
	}

	@Nullable String getNameZh() {
		return nameZh;
	}

	void setNameZh(@Nullable String nameZh) {
		this.nameZh = nameZh;
	}

	@Nullable String getNameEn() {
		return nameEn;
	}

	void setNameEn(@Nullable String nameEn) {
		this.nameEn = nameEn;
	}

	@Nullable String getUnitZh() {
		return unitZh;
	}

	void setUnitZh(@Nullable String unitZh) {
		this.unitZh = unitZh;
	}

	@Nullable String getUnitEn() {
		return unitEn;
	}

	void setUnitEn(@Nullable String unitEn) {
		this.unitEn = unitEn;
	}

	@Nullable KpiSource getSource() {
		return source;
	}

	void setSource(@Nullable KpiSource source) {
		this.source = source;
	}

	@Nullable KpiDirection getDirection() {
		return direction;
	}

	void setDirection(@Nullable KpiDirection direction) {
		this.direction = direction;
	}

	@Nullable KpiAggregation getAggregation() {
		return aggregation;
	}

	void setAggregation(@Nullable KpiAggregation aggregation) {
		this.aggregation = aggregation;
	}

	@Nullable BigDecimal getTarget() {
		return target;
	}

	void setTarget(@Nullable BigDecimal target) {
		this.target = target;
	}

}
