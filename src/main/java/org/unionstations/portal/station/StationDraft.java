package org.unionstations.portal.station;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The editor's working copy of a station: a plain bean a buffered Binder can write into,
 * never the entity itself. Coordinates are WGS84; {@code version} is the version the
 * editor read (null for a new station).
 */
public class StationDraft {

	private @Nullable Long version;

	private StationType type = StationType.UNION_POST_STATION;

	private String name = "";

	private String address = "";

	private @Nullable Double longitude;

	private @Nullable Double latitude;

	private @Nullable Long districtId;

	private String hostOrganisation = "";

	private String contactPerson = "";

	private String contactPhone = "";

	private StationStatus status = StationStatus.PLANNED;

	private String statusReason = "";

	private OpeningHours openingHours = OpeningHours.NOT_SET;

	private Set<Amenity> services = EnumSet.noneOf(Amenity.class);

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	public StationType getType() {
		return type;
	}

	public void setType(StationType type) {
		this.type = type;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address == null ? "" : address;
	}

	public @Nullable Double getLongitude() {
		return longitude;
	}

	public void setLongitude(@Nullable Double longitude) {
		this.longitude = longitude;
	}

	public @Nullable Double getLatitude() {
		return latitude;
	}

	public void setLatitude(@Nullable Double latitude) {
		this.latitude = latitude;
	}

	public @Nullable Long getDistrictId() {
		return districtId;
	}

	public void setDistrictId(@Nullable Long districtId) {
		this.districtId = districtId;
	}

	public String getHostOrganisation() {
		return hostOrganisation;
	}

	public void setHostOrganisation(String hostOrganisation) {
		this.hostOrganisation = hostOrganisation == null ? "" : hostOrganisation;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson == null ? "" : contactPerson;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone == null ? "" : contactPhone;
	}

	public StationStatus getStatus() {
		return status;
	}

	public void setStatus(StationStatus status) {
		this.status = status;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public void setStatusReason(String statusReason) {
		this.statusReason = statusReason == null ? "" : statusReason;
	}

	public OpeningHours getOpeningHours() {
		return openingHours;
	}

	public void setOpeningHours(OpeningHours openingHours) {
		this.openingHours = openingHours == null ? OpeningHours.NOT_SET : openingHours;
	}

	public Set<Amenity> getServices() {
		return services;
	}

	public void setServices(Set<Amenity> services) {
		this.services = services == null || services.isEmpty() ? EnumSet.noneOf(Amenity.class)
				: EnumSet.copyOf(services);
	}

}
