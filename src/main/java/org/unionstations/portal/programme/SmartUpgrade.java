package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.AuditedEntity;

/**
 * One station's smart upgrade in one programme year. The service checks the rules before
 * {@link #apply}; the table's constraints hold them again.
 */
@Entity
@Table(name = "smart_upgrade")
class SmartUpgrade extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smart_upgrade_seq")
	@SequenceGenerator(name = "smart_upgrade_seq", sequenceName = "smart_upgrade_seq", allocationSize = 50)
	private Long id;

	@Column(name = "station_id", nullable = false, updatable = false)
	private long stationId;

	@Column(name = "programme_year", nullable = false)
	private int year;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "varchar(24)[]")
	private String[] scope = new String[0];

	@Column(precision = 14, scale = 2)
	private @Nullable BigDecimal budget;

	@Column(length = ProgrammeLimits.NAME_MAX)
	private @Nullable String contractor;

	@Column(name = "planned_start")
	private @Nullable LocalDate plannedStart;

	@Column(name = "planned_completion")
	private @Nullable LocalDate plannedCompletion;

	@Column(name = "actual_start")
	private @Nullable LocalDate actualStart;

	@Column(name = "actual_completion")
	private @Nullable LocalDate actualCompletion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private UpgradeStatus status = UpgradeStatus.PLANNED;

	@Column(name = "cancel_reason", length = ProgrammeLimits.REASON_MAX)
	private @Nullable String cancelReason;

	@Column(name = "acceptance_date")
	private @Nullable LocalDate acceptanceDate;

	@Column(name = "acceptance_note", length = ProgrammeLimits.NOTE_MAX)
	private @Nullable String acceptanceNote;

	protected SmartUpgrade() {
	}

	SmartUpgrade(long stationId) {
		this.stationId = stationId;
	}

	Long getId() {
		return id;
	}

	long getStationId() {
		return stationId;
	}

	UpgradeStatus getStatus() {
		return status;
	}

	void apply(SmartUpgradeDraft d) {
		if (d.stationId() != stationId) {
			throw new IllegalArgumentException("an upgrade cannot move to another station");
		}
		year = d.year();
		scope = d.scope().stream().sorted().map(Enum::name).toArray(String[]::new);
		budget = d.budget() == null ? null : d.budget().setScale(2, java.math.RoundingMode.HALF_UP);
		contractor = ProgrammeLimits.blankToNull(d.contractor());
		plannedStart = d.plannedStart();
		plannedCompletion = d.plannedCompletion();
		actualStart = d.actualStart();
		actualCompletion = d.actualCompletion();
		status = d.status();
		cancelReason = d.status() == UpgradeStatus.CANCELLED ? ProgrammeLimits.blankToNull(d.cancelReason()) : null;
		acceptanceDate = d.acceptanceDate();
		acceptanceNote = ProgrammeLimits.blankToNull(d.acceptanceNote());
	}

	SmartUpgradeDraft toDraft() {
		return new SmartUpgradeDraft(stationId, year, scopeSet(), budget, contractor, plannedStart, plannedCompletion,
				actualStart, actualCompletion, status, cancelReason, acceptanceDate, acceptanceNote);
	}

	Set<UpgradeScope> scopeSet() {
		EnumSet<UpgradeScope> set = EnumSet.noneOf(UpgradeScope.class);
		Arrays.stream(scope).map(UpgradeScope::valueOf).forEach(set::add);
		return set;
	}

	/** Field → value, for the change log. */
	Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("year", String.valueOf(year));
		fields.put("scope", scopeSet().stream().map(Enum::name).collect(Collectors.joining(",")));
		fields.put("budget", budget == null ? null : budget.toPlainString());
		fields.put("contractor", contractor);
		fields.put("plannedStart", String.valueOf(plannedStart));
		fields.put("plannedCompletion", String.valueOf(plannedCompletion));
		fields.put("actualStart", String.valueOf(actualStart));
		fields.put("actualCompletion", String.valueOf(actualCompletion));
		fields.put("status", status.name());
		fields.put("cancelReason", cancelReason);
		fields.put("acceptanceDate", String.valueOf(acceptanceDate));
		fields.put("acceptanceNote", acceptanceNote);
		fields.replaceAll((k, v) -> "null".equals(v) ? null : v);
		return fields;
	}

}
