package org.unionstations.portal.programme.ui;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.programme.FlagshipDecision;
import org.unionstations.portal.programme.FlagshipRow;
import org.unionstations.portal.programme.FlagshipStatus;

/**
 * One flagship record as the grid's editor binds it: the next step (status, date, reason)
 * and the note. Equal by the record's id.
 */
final class FlagshipItem {

	private final FlagshipRow row;

	private FlagshipStatus status;

	private LocalDate stepDate;

	private @Nullable String reason;

	private @Nullable String note;

	FlagshipItem(FlagshipRow row) {
		this.row = row;
		status = row.status();
		stepDate = row.lastStep().date();
		reason = row.lastStep().reason();
		note = row.note();
	}

	FlagshipItem copy() {
		return new FlagshipItem(row);
	}

	FlagshipRow row() {
		return row;
	}

	FlagshipDecision decision() {
		return new FlagshipDecision(status, stepDate, reason);
	}

	public FlagshipStatus getStatus() {
		return status;
	}

	public void setStatus(FlagshipStatus status) {
		this.status = status;
	}

	public LocalDate getStepDate() {
		return stepDate;
	}

	public void setStepDate(LocalDate stepDate) {
		this.stepDate = stepDate;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof FlagshipItem other && other.row.id() == row.id();
	}

	@Override
	public int hashCode() {
		return Objects.hash(row.id());
	}

}
