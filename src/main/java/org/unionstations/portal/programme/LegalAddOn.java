package org.unionstations.portal.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

/** A partner's legal service at one union post station. */
@Entity
@Table(name = "legal_addon")
class LegalAddOn extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_addon_seq")
	@SequenceGenerator(name = "legal_addon_seq", sequenceName = "legal_addon_seq", allocationSize = 50)
	private Long id;

	@Column(name = "station_id", nullable = false, updatable = false)
	private long stationId;

	@Column(name = "programme_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(name = "partner_kind", nullable = false, length = 24)
	private LegalPartnerKind partnerKind = LegalPartnerKind.LAW_FIRM;

	@Column(name = "partner_name", nullable = false, length = ProgrammeLimits.NAME_MAX)
	private String partnerName = "";

	@Column(name = "lawyer_name", length = ProgrammeLimits.PERSON_MAX)
	private @Nullable String lawyerName;

	@Column(name = "lawyer_phone", length = ProgrammeLimits.PHONE_MAX)
	private @Nullable String lawyerPhone;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "varchar(3)[]")
	private String[] weekdays = new String[0];

	private @Nullable LocalTime opens;

	private @Nullable LocalTime closes;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate = LocalDate.EPOCH;

	@Column(name = "end_date")
	private @Nullable LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private LegalStatus status = LegalStatus.PLANNED;

	protected LegalAddOn() {
	}

	LegalAddOn(long stationId) {
		this.stationId = stationId;
	}

	Long getId() {
		return id;
	}

	long getStationId() {
		return stationId;
	}

	LegalStatus getStatus() {
		return status;
	}

	void apply(LegalAddOnDraft d) {
		if (d.stationId() != stationId) {
			throw new IllegalArgumentException("an add-on cannot move to another station");
		}
		year = d.year();
		partnerKind = d.partnerKind();
		partnerName = d.partnerName().strip();
		lawyerName = ProgrammeLimits.blankToNull(d.lawyerName());
		lawyerPhone = ProgrammeLimits.blankToNull(d.lawyerPhone());
		weekdays = d.weekdays().stream().sorted().map(LegalAddOn::code).toArray(String[]::new);
		opens = d.opens();
		closes = d.closes();
		startDate = d.startDate();
		endDate = d.endDate();
		status = d.status();
	}

	LegalAddOnDraft toDraft() {
		return new LegalAddOnDraft(stationId, year, partnerKind, partnerName, lawyerName, lawyerPhone, weekdaySet(),
				opens, closes, startDate, endDate, status);
	}

	Set<DayOfWeek> weekdaySet() {
		EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(weekdays).map(LegalAddOn::day).forEach(set::add);
		return set;
	}

	Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("year", String.valueOf(year));
		fields.put("partnerKind", partnerKind.name());
		fields.put("partnerName", partnerName);
		fields.put("lawyerName", lawyerName);
		fields.put("lawyerPhone", lawyerPhone);
		fields.put("weekdays", String.join(",", weekdays));
		fields.put("opens", opens == null ? null : opens.toString());
		fields.put("closes", closes == null ? null : closes.toString());
		fields.put("startDate", startDate.toString());
		fields.put("endDate", endDate == null ? null : endDate.toString());
		fields.put("status", status.name());
		return fields;
	}

	/** MON, TUE, ... as stored. */
	static String code(DayOfWeek day) {
		return day.name().substring(0, 3);
	}

	static DayOfWeek day(String code) {
		return Arrays.stream(DayOfWeek.values())
			.filter(d -> code(d).equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not a weekday: " + code));
	}

}
