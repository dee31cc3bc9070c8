package org.unionstations.portal.programme.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.programme.SmartUpgradeDraft;
import org.unionstations.portal.programme.SmartUpgradeRow;
import org.unionstations.portal.programme.UpgradeScope;
import org.unionstations.portal.programme.UpgradeStatus;

/**
 * One smart upgrade as the grid's editor binds it: the row as read, and the editable
 * values as a bean. Equal by the record's id, so a saved row replaces the old one.
 */
final class UpgradeItem {

	private final SmartUpgradeRow row;

	private Set<UpgradeScope> scope;

	private @Nullable BigDecimal budget;

	private @Nullable String contractor;

	private @Nullable LocalDate plannedStart;

	private @Nullable LocalDate plannedCompletion;

	private @Nullable LocalDate actualStart;

	private @Nullable LocalDate actualCompletion;

	private UpgradeStatus status;

	private @Nullable String cancelReason;

	private @Nullable LocalDate acceptanceDate;

	private @Nullable String acceptanceNote;

	UpgradeItem(SmartUpgradeRow row) {
		this.row = row;
		SmartUpgradeDraft v = row.values();
		scope = v.scope();
		budget = v.budget();
		contractor = v.contractor();
		plannedStart = v.plannedStart();
		plannedCompletion = v.plannedCompletion();
		actualStart = v.actualStart();
		actualCompletion = v.actualCompletion();
		status = v.status();
		cancelReason = v.cancelReason();
		acceptanceDate = v.acceptanceDate();
		acceptanceNote = v.acceptanceNote();
	}

	/** A fresh copy of the row as read, for the editor to write into. */
	UpgradeItem copy() {
		return new UpgradeItem(row);
	}

	SmartUpgradeRow row() {
		return row;
	}

	SmartUpgradeDraft toDraft() {
		return new SmartUpgradeDraft(row.values().stationId(), row.values().year(), scope, budget, contractor,
				plannedStart, plannedCompletion, actualStart, actualCompletion, status, cancelReason, acceptanceDate,
				acceptanceNote);
	}

	public Set<UpgradeScope> getScope() {
		return scope;
	}

	public void setScope(Set<UpgradeScope> scope) {
		this.scope = scope == null ? Set.of() : Set.copyOf(scope);
	}

	public @Nullable BigDecimal getBudget() {
		return budget;
	}

	public void setBudget(@Nullable BigDecimal budget) {
		this.budget = budget;
	}

	public @Nullable String getContractor() {
		return contractor;
	}

	public void setContractor(@Nullable String contractor) {
		this.contractor = contractor;
	}

	public @Nullable LocalDate getPlannedStart() {
		return plannedStart;
	}

	public void setPlannedStart(@Nullable LocalDate plannedStart) {
		this.plannedStart = plannedStart;
	}

	public @Nullable LocalDate getPlannedCompletion() {
		return plannedCompletion;
	}

	public void setPlannedCompletion(@Nullable LocalDate plannedCompletion) {
		this.plannedCompletion = plannedCompletion;
	}

	public @Nullable LocalDate getActualStart() {
		return actualStart;
	}

	public void setActualStart(@Nullable LocalDate actualStart) {
		this.actualStart = actualStart;
	}

	public @Nullable LocalDate getActualCompletion() {
		return actualCompletion;
	}

	public void setActualCompletion(@Nullable LocalDate actualCompletion) {
		this.actualCompletion = actualCompletion;
	}

	public UpgradeStatus getStatus() {
		return status;
	}

	public void setStatus(UpgradeStatus status) {
		this.status = status;
	}

	public @Nullable String getCancelReason() {
		return cancelReason;
	}

	public void setCancelReason(@Nullable String cancelReason) {
		this.cancelReason = cancelReason;
	}

	public @Nullable LocalDate getAcceptanceDate() {
		return acceptanceDate;
	}

	public void setAcceptanceDate(@Nullable LocalDate acceptanceDate) {
		this.acceptanceDate = acceptanceDate;
	}

	public @Nullable String getAcceptanceNote() {
		return acceptanceNote;
	}

	public void setAcceptanceNote(@Nullable String acceptanceNote) {
		this.acceptanceNote = acceptanceNote;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof UpgradeItem other && other.row.id() == row.id();
	}

	@Override
	public int hashCode() {
		return Objects.hash(row.id());
	}

}
