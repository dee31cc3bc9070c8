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
import org.locationtech.jts.geom.Point;
import org.unionstations.portal.base.AuditedEntity;
import org.unionstations.portal.district.District;

/** A place where workers are: its category, how many workers, and where (WGS84). */
@Entity
@Table(name = "demand_point")
class DemandPoint extends AuditedEntity {

	static final int NAME_MAX = 100;

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

}
