package org.unionstations.portal.coverage;

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

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.unionstations.portal.base.AuditedEntity;
import org.unionstations.portal.district.District;

/** A place where workers are: its category, how many workers, and where (WGS84). */
@Entity
@Table(name = "demand_point")
class DemandPoint extends AuditedEntity {

	static final int NAME_MAX = 100;

	/** The most workers one place may have (the database checks it too). */
	static final int WORKERS_MAX = 1_000_000;

	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "demand_point_seq")
	@SequenceGenerator(name = "demand_point_seq", sequenceName = "demand_point_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private DemandCategory category;

	@Column(nullable = false, length = NAME_MAX)
	private String name;

	@Column(nullable = false)
	private int workers;

	@Column(nullable = false, columnDefinition = "geometry(Point,4326)")
	private Point location;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "district_id")
	private @Nullable District district;

	protected DemandPoint() {
	}

	/**
	 * @param longitude WGS84
	 * @param latitude WGS84
	 */
	DemandPoint(DemandCategory category, String name, int workers, double longitude, double latitude) {
		if (name.isBlank() || name.length() > NAME_MAX) {
			throw new IllegalArgumentException("name must have 1 to " + NAME_MAX + " characters");
		}
		if (workers < 0 || workers > WORKERS_MAX) {
			throw new IllegalArgumentException("workers must be between 0 and " + WORKERS_MAX);
		}
		if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90)) {
			throw new IllegalArgumentException("not a WGS84 point: " + longitude + ", " + latitude);
		}
		this.category = category;
		this.name = name;
		this.workers = workers;
		this.location = WGS84.createPoint(new Coordinate(longitude, latitude));
	}

	Long getId() {
		return id;
	}

	DemandCategory getCategory() {
		return category;
	}

	String getName() {
		return name;
	}

	int getWorkers() {
		return workers;
	}

	Point getLocation() {
		return location;
	}

	@Nullable District getDistrict() {
		return district;
	}

	void setDistrict(@Nullable District district) {
		this.district = district;
	}

}
