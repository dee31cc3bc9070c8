package org.unionstations.portal.station;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** The service radius of one station type, as planners set it. */
@Entity
@Table(name = "coverage_standard")
@EntityListeners(AuditingEntityListener.class)
class CoverageStandard {

	static final int MIN_RADIUS = 50;

	static final int MAX_RADIUS = 50_000;

	@Id
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "station_type", nullable = false, updatable = false)
	private StationType stationType;

	@Column(name = "radius_m", nullable = false)
	private int radiusMetres;

	@LastModifiedDate
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@LastModifiedBy
	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Version
	private long version;

	protected CoverageStandard() {
	}

	Long getId() {
		return id;
	}

	StationType getStationType() {
		return stationType;
	}

	int getRadiusMetres() {
		return radiusMetres;
	}

	void setRadiusMetres(int radiusMetres) {
		if (radiusMetres < MIN_RADIUS || radiusMetres > MAX_RADIUS) {
			throw new IllegalArgumentException("radius must be " + MIN_RADIUS + ".." + MAX_RADIUS + " m");
		}
		this.radiusMetres = radiusMetres;
	}

	long getVersion() {
		return version;
	}

	RadiusSetting toSetting() {
		return new RadiusSetting(stationType, radiusMetres, version, updatedAt, updatedBy);
	}

}
