package org.unionstations.portal.kpi.ui;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.kpi.ProgressDraft;
import org.unionstations.portal.kpi.ProgressRow;

/**
 * A progress entry as the dialog's buffered binder edits it: the day, the district (none:
 * city-wide), the amount, whether it corrects earlier entries, and a note.
 */
final class ProgressItem {

	private @Nullable LocalDate date;

	private @Nullable DistrictRef district;

	private @Nullable BigDecimal amount;

	private boolean correction;

	private @Nullable String note;

	ProgressItem() {
	}

	ProgressItem(ProgressRow row, @Nullable DistrictRef district) {
		date = row.date();
		this.district = district;
		amount = row.amount().stripTrailingZeros().scale() < 0 ? row.amount().setScale(0)
				: row.amount().stripTrailingZeros();
		correction = row.correction();
		note = row.note();
	}

	ProgressDraft toDraft(long kpiId) {
		return new ProgressDraft(kpiId, date, amount, correction, district == null ? null : district.id(), note);
	}

	@Nullable LocalDate getDate() {
		return date;
	}

	void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	@Nullable DistrictRef getDistrict() {
		return district;
	}

	void setDistrict(@Nullable DistrictRef district) {
		this.district = district;
	}

	@Nullable BigDecimal getAmount() {
		return amount;
	}

	void setAmount(@Nullable BigDecimal amount) {
		this.amount = amount;
	}

	boolean isCorrection() {
		return correction;
	}

	void setCorrection(boolean correction) {
		this.correction = correction;
	}

	@Nullable String getNote() {
		return note;
	}

	void setNote(@Nullable String note) {
		this.note = note;
	}

}
