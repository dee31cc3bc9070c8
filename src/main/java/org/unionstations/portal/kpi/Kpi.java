package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.AuditedEntity;

/** One promise of a year: what is measured, its target and how the target is read. */
@Entity
@Table(name = "kpi")
class Kpi extends AuditedEntity {

	static final int NAME_MAX = 100;

	static final int UNIT_MAX = 20;

	static final int CODE_MAX = 40;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_seq")
	@SequenceGenerator(name = "kpi_seq", sequenceName = "kpi_seq", allocationSize = 50)
	private Long id;

	@Column(name = "kpi_year", nullable = false, updatable = false)
	private int year;

	@Column(nullable = false, updatable = false, length = 40)
	private String code;

	@Column(nullable = false)
	private int position;

	@Column(name = "name_zh", nullable = false, length = NAME_MAX)
	private String nameZh;

	@Column(name = "name_en", nullable = false, length = NAME_MAX)
	private String nameEn;

	@Column(name = "unit_zh", nullable = false, length = UNIT_MAX)
	private String unitZh;

	@Column(name = "unit_en", nullable = false, length = UNIT_MAX)
	private String unitEn;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal target;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private KpiDirection direction;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 32)
	private KpiSource source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 8)
	private KpiAggregation aggregation;

	@Column(name = "monthly_profile", columnDefinition = "numeric(8,3)[]")
	private BigDecimal @Nullable [] monthlyProfile;

	@Column(name = "last_year_actual", precision = 14, scale = 2)
	private @Nullable BigDecimal lastYearActual;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "kpi_district_target", joinColumns = @JoinColumn(name = "kpi_id"))
	@MapKeyColumn(name = "district_id")
	@Column(name = "target", precision = 14, scale = 2, nullable = false)
	private Map<Long, BigDecimal> districtTargets = new HashMap<>();

	protected Kpi() {
	}

	/** A new KPI of a year, without profile, last year's actual or district split. */
	Kpi(int year, int position, NewKpiDraft draft) {
		this.year = year;
		this.code = draft.code();
		this.position = position;
		this.nameZh = draft.nameZh().strip();
		this.nameEn = draft.nameEn().strip();
		this.unitZh = draft.unitZh() == null ? "" : draft.unitZh().strip();
		this.unitEn = draft.unitEn() == null ? "" : draft.unitEn().strip();
		this.target = draft.target();
		this.direction = draft.direction();
		this.source = draft.source();
		this.aggregation = draft.aggregation();
	}

	/**
	 * This KPI for another year: the same catalogue entry, target, profile and district
	 * split, with {@code lastYearActual} as the figure of the year it is copied from.
	 */
	Kpi copyTo(int nextYear, @Nullable BigDecimal actual) {
		Kpi copy = new Kpi();
		copy.year = nextYear;
		copy.code = code;
		copy.position = position;
		copy.nameZh = nameZh;
		copy.nameEn = nameEn;
		copy.unitZh = unitZh;
		copy.unitEn = unitEn;
		copy.target = target;
		copy.direction = direction;
		copy.source = source;
		copy.aggregation = aggregation;
		copy.monthlyProfile = monthlyProfile == null ? null : monthlyProfile.clone();
		copy.lastYearActual = actual;
		copy.districtTargets.putAll(districtTargets);
		return copy;
	}

	Long getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	String getCode() {
		return code;
	}

	int getPosition() {
		return position;
	}

	String getNameZh() {
		return nameZh;
	}

	String getNameEn() {
		return nameEn;
	}

	String getUnitZh() {
		return unitZh;
	}

	String getUnitEn() {
		return unitEn;
	}

	BigDecimal getTarget() {
		return target;
	}

	KpiDirection getDirection() {
		return direction;
	}

	KpiSource getSource() {
		return source;
	}

	KpiAggregation getAggregation() {
		return aggregation;
	}

	@Nullable List<BigDecimal> getMonthlyProfile() {
		return monthlyProfile == null ? null : List.of(monthlyProfile);
	}

	@Nullable BigDecimal getLastYearActual() {
		return lastYearActual;
	}

	Map<Long, BigDecimal> getDistrictTargets() {
		return Map.copyOf(districtTargets);
	}

	/** Figures that are rates or shares keep two decimals; counts are whole numbers. */
	int scale() {
		return target.stripTrailingZeros().scale() > 0 || "%".equals(unitZh) ? 2 : 0;
	}

	void apply(KpiTargetDraft draft) {
		this.target = draft.target();
		this.direction = draft.direction();
		this.monthlyProfile = draft.monthlyProfile() == null ? null : draft.monthlyProfile().toArray(BigDecimal[]::new);
		this.lastYearActual = draft.lastYearActual();
		this.districtTargets.clear();
		this.districtTargets.putAll(draft.districtTargets());
	}

	/** Every field of a new KPI, for the change log's CREATE revision. */
	Map<String, String> creationSnapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("year", Integer.toString(year));
		fields.put("code", code);
		fields.put("nameZh", nameZh);
		fields.put("nameEn", nameEn);
		fields.put("unitZh", unitZh);
		fields.put("unitEn", unitEn);
		fields.put("source", source.name());
		fields.put("aggregation", aggregation.name());
		fields.putAll(snapshot());
		return fields;
	}

	/** The fields the change log compares. */
	Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("target", target.stripTrailingZeros().toPlainString());
		fields.put("direction", direction.name());
		fields.put("monthlyProfile",
				monthlyProfile == null ? ""
						: Arrays.stream(monthlyProfile)
							.map(w -> w.stripTrailingZeros().toPlainString())
							.collect(Collectors.joining(",")));
		fields.put("lastYearActual", lastYearActual == null ? "" : lastYearActual.stripTrailingZeros().toPlainString());
		fields.put("districtTargets",
				new TreeMap<>(districtTargets).entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
					.collect(Collectors.joining(",")));
		return fields;
	}

}
