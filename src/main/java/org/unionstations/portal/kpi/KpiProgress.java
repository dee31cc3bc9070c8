package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.AuditedEntity;

/** One dated progress entry of a reported KPI, for a district or city-wide. */
@Entity
@Table(name = "kpi_progress")
class KpiProgress extends AuditedEntity {

	static final int NOTE_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_progress_seq")
	@SequenceGenerator(name = "kpi_progress_seq", sequenceName = "kpi_progress_seq", allocationSize = 50)
	private Long id;

	@Column(name = "kpi_id", nullable = false, updatable = false)
	private long kpiId;

	@Column(name = "entry_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	@Column(nullable = false)
	private boolean correction;

	@Column(name = "district_id")
	private @Nullable Long districtId;

	@Column(length = NOTE_MAX)
	private @Nullable String note;

	protected KpiProgress() {
	}

	KpiProgress(long kpiId) {
		this.kpiId = kpiId;
	}

	Long getId() {
		return id;
	}

	long getKpiId() {
		return kpiId;
	}

	LocalDate getDate() {
		return date;
	}

	BigDecimal getAmount() {
		return amount;
	}

	boolean isCorrection() {
		return correction;
	}

	@Nullable Long getDistrictId() {
		return districtId;
	}

	@Nullable String getNote() {
		return note;
	}

	ProgressRow row() {
		return new ProgressRow(id, kpiId, date, amount, correction, districtId, note, getUpdatedBy(), getUpdatedAt(),
				getVersion());
	}

	void apply(ProgressDraft draft) {
		this.date = draft.date();
		this.amount = draft.amount();
		this.correction = draft.correction();
		this.districtId = draft.districtId();
		this.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
	}

	Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("date", date.toString());
		fields.put("amount", amount.stripTrailingZeros().toPlainString());
		fields.put("correction", Boolean.toString(correction));
		fields.put("district", districtId == null ? "" : districtId.toString());
		fields.put("note", note == null ? "" : note);
		return fields;
	}

}
