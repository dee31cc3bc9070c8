package org.unionstations.portal.programme.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.programme.LegalAddOnDraft;
import org.unionstations.portal.programme.LegalAddOnRow;
import org.unionstations.portal.programme.LegalPartnerKind;
import org.unionstations.portal.programme.LegalStatus;

/** One legal-service add-on as the grid's editor binds it; equal by the record's id. */
final class LegalItem {

	private final LegalAddOnRow row;

	private LegalPartnerKind partnerKind;

	private String partnerName;

	private @Nullable String lawyerName;

	private @Nullable String lawyerPhone;

	private Set<DayOfWeek> weekdays;

	private @Nullable LocalTime opens;

	private @Nullable LocalTime closes;

	private LocalDate startDate;

	private @Nullable LocalDate endDate;

	private LegalStatus status;

	LegalItem(LegalAddOnRow row) {
		this.row = row;
		LegalAddOnDraft v = row.values();
		partnerKind = v.partnerKind();
		partnerName = v.partnerName();
		lawyerName = v.lawyerName();
		lawyerPhone = v.lawyerPhone();
		weekdays = v.weekdays();
		opens = v.opens();
		closes = v.closes();
		startDate = v.startDate();
		endDate = v.endDate();
		status = v.status();
	}

	LegalItem copy() {
		return new LegalItem(row);
	}

	LegalAddOnRow row() {
		return row;
	}

	LegalAddOnDraft toDraft() {
		return new LegalAddOnDraft(row.values().stationId(), row.values().year(), partnerKind, partnerName, lawyerName,
				lawyerPhone, weekdays, opens, closes, startDate, endDate, status);
	}

	public LegalPartnerKind getPartnerKind() {
		return partnerKind;
	}

	public void setPartnerKind(LegalPartnerKind partnerKind) {
		this.partnerKind = partnerKind;
	}

	public String getPartnerName() {
		return partnerName;
	}

	public void setPartnerName(String partnerName) {
		this.partnerName = partnerName == null ? "" : partnerName;
	}

	public @Nullable String getLawyerName() {
		return lawyerName;
	}

	public void setLawyerName(@Nullable String lawyerName) {
		this.lawyerName = lawyerName;
	}

	public @Nullable String getLawyerPhone() {
		return lawyerPhone;
	}

	public void setLawyerPhone(@Nullable String lawyerPhone) {
		this.lawyerPhone = lawyerPhone;
	}

	public Set<DayOfWeek> getWeekdays() {
		return weekdays;
	}

	public void setWeekdays(Set<DayOfWeek> weekdays) {
		this.weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
	}

	public @Nullable LocalTime getOpens() {
		return opens;
	}

	public void setOpens(@Nullable LocalTime opens) {
		this.opens = opens;
	}

	public @Nullable LocalTime getCloses() {
		return closes;
	}

	public void setCloses(@Nullable LocalTime closes) {
		this.closes = closes;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(@Nullable LocalDate endDate) {
		this.endDate = endDate;
	}

	public LegalStatus getStatus() {
		return status;
	}

	public void setStatus(LegalStatus status) {
		this.status = status;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LegalItem other && other.row.id() == row.id();
	}

	@Override
	public int hashCode() {
		return Objects.hash(row.id());
	}

}
