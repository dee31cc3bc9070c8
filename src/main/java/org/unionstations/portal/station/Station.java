package org.unionstations.portal.station;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Point;
import org.unionstations.portal.base.AuditedEntity;
import org.unionstations.portal.district.District;

/**
 * A station of the network. Guards its own invariants; the length limits are public so
 * forms can reuse them.
 */
@Entity
@Table(name = "station")
public class Station extends AuditedEntity {

	public static final int NAME_MAX = 100;

	public static final int ADDRESS_MAX = 200;

	public static final int HOST_ORGANISATION_MAX = 100;

	public static final int CONTACT_PERSON_MAX = 40;

	public static final int CONTACT_PHONE_MAX = 30;

	public static final int OPENING_HOURS_MAX = 200;

	public static final int STATUS_REASON_MAX = 200;

	/** WGS84, the only coordinate system stored. */
	public static final int SRID = 4326;

	/** Opening and closing days are China Standard Time days, as report months are. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "station_seq")
	@SequenceGenerator(name = "station_seq", sequenceName = "station_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private StationType type;

	@Column(nullable = false, length = NAME_MAX)
	private String name;

	@Column(nullable = false, length = ADDRESS_MAX)
	private String address;

	@Column(nullable = false, columnDefinition = "geometry(Point,4326)")
	private Point location;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "district_id")
	private @Nullable District district;

	@Column(name = "host_organisation", length = HOST_ORGANISATION_MAX)
	private @Nullable String hostOrganisation;

	@Column(name = "contact_person", length = CONTACT_PERSON_MAX)
	private @Nullable String contactPerson;

	@Column(name = "contact_phone", length = CONTACT_PHONE_MAX)
	private @Nullable String contactPhone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private StationStatus status;

	@Column(name = "status_reason", length = STATUS_REASON_MAX)
	private @Nullable String statusReason;

	@Column(name = "opening_hours", nullable = false, length = OPENING_HOURS_MAX)
	private String openingHours = "";

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "varchar(32)[]")
	private String[] services = new String[0];

	/**
	 * The day it opened after being planned or built; null when that is before records.
	 */
	@Column(name = "opened_on")
	private @Nullable LocalDate openedOn;

	/** The day it closed; set only while it is closed. */
	@Column(name = "closed_on")
	private @Nullable LocalDate closedOn;

	protected Station() {
	}

	public Station(StationType type, String name, String address, Point location, StationStatus status) {
		setType(type);
		setName(name);
		setAddress(address);
		setLocation(location);
		setStatus(status);
	}

	public @Nullable Long getId() {
		return id;
	}

	public StationType getType() {
		return type;
	}

	/** Changing the type drops the services that do not apply to the new type. */
	public void setType(StationType type) {
		this.type = Objects.requireNonNull(type, "type");
		this.services = Arrays.stream(services).filter(s -> Amenity.valueOf(s).appliesTo(type)).toArray(String[]::new);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = requireText(name, NAME_MAX, "name");
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = limit(Objects.requireNonNull(address, "address").strip(), ADDRESS_MAX, "address");
	}

	public Point getLocation() {
		return location;
	}

	public void setLocation(Point location) {
		Objects.requireNonNull(location, "location");
		if (location.getSRID() != SRID) {
			throw new IllegalArgumentException("location must be WGS84 (SRID 4326), was SRID " + location.getSRID());
		}
		double lon = location.getX();
		double lat = location.getY();
		if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
			throw new IllegalArgumentException("location out of range: " + lon + ", " + lat);
		}
		this.location = location;
	}

	public @Nullable District getDistrict() {
		return district;
	}

	public void setDistrict(@Nullable District district) {
		this.district = district;
	}

	public @Nullable String getHostOrganisation() {
		return hostOrganisation;
	}

	public void setHostOrganisation(@Nullable String hostOrganisation) {
		this.hostOrganisation = optionalText(hostOrganisation, HOST_ORGANISATION_MAX, "hostOrganisation");
	}

	public @Nullable String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(@Nullable String contactPerson) {
		this.contactPerson = optionalText(contactPerson, CONTACT_PERSON_MAX, "contactPerson");
	}

	public @Nullable String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(@Nullable String contactPhone) {
		this.contactPhone = optionalText(contactPhone, CONTACT_PHONE_MAX, "contactPhone");
	}

	public StationStatus getStatus() {
		return status;
	}

	public void setStatus(StationStatus status) {
		setStatus(status, null);
	}

	/**
	 * Sets the status; a reason is kept only for a suspended station (why, and until
	 * when).
	 */
	public void setStatus(StationStatus status, @Nullable String reason) {
		StationStatus previous = this.status;
		this.status = Objects.requireNonNull(status, "status");
		// the days a status changes on, so reports are due only while it is in service
		LocalDate today = LocalDate.now(ZONE);
		boolean inService = status == StationStatus.OPEN || status == StationStatus.SUSPENDED;
		if (inService && (previous == StationStatus.PLANNED || previous == StationStatus.UNDER_CONSTRUCTION)) {
			openedOn = today;
		}
		if (status != StationStatus.CLOSED) {
			closedOn = null;
		}
		else if (previous != StationStatus.CLOSED) {
			closedOn = today;
		}
		this.statusReason = status == StationStatus.SUSPENDED ? optionalText(reason, STATUS_REASON_MAX, "statusReason")
				: null;
	}

	public @Nullable LocalDate getOpenedOn() {
		return openedOn;
	}

	public @Nullable LocalDate getClosedOn() {
		return closedOn;
	}

	public @Nullable String getStatusReason() {
		return statusReason;
	}

	public OpeningHours getOpeningHours() {
		return OpeningHours.parse(openingHours);
	}

	public void setOpeningHours(OpeningHours openingHours) {
		this.openingHours = limit(openingHours.format(), OPENING_HOURS_MAX, "openingHours");
	}

	/** The services offered, in declaration order. */
	public Set<Amenity> getServices() {
		EnumSet<Amenity> set = EnumSet.noneOf(Amenity.class);
		Arrays.stream(services).map(Amenity::valueOf).forEach(set::add);
		return set;
	}

	/** Only services that apply to the station's type are accepted. */
	public void setServices(Set<Amenity> services) {
		for (Amenity amenity : services) {
			if (!amenity.appliesTo(type)) {
				throw new IllegalArgumentException(amenity + " does not apply to " + type);
			}
		}
		this.services = services.stream().sorted().map(Amenity::name).toArray(String[]::new);
	}

	private static String requireText(String value, int max, String field) {
		Objects.requireNonNull(value, field);
		String stripped = value.strip();
		if (stripped.isEmpty()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
		return limit(stripped, max, field);
	}

	private static @Nullable String optionalText(@Nullable String value, int max, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return limit(value.strip(), max, field);
	}

	private static String limit(String value, int max, String field) {
		if (value.length() > max) {
			throw new IllegalArgumentException(field + " is longer than " + max + " characters");
		}
		return value;
	}

}
