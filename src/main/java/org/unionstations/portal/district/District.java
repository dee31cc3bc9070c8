package org.unionstations.portal.district;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.locationtech.jts.geom.MultiPolygon;

/** A county-level district (区/县/市) of the city, with its boundary in WGS84. */
@Entity
@Table(name = "district")
public class District {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "district_seq")
	@SequenceGenerator(name = "district_seq", sequenceName = "district_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true, length = 12)
	private String code;

	@Column(name = "name_zh", nullable = false, length = 60)
	private String nameZh;

	@Column(name = "name_en", nullable = false, length = 60)
	private String nameEn;

	@Column(nullable = false, columnDefinition = "geometry(MultiPolygon,4326)")
	private MultiPolygon boundary;

	@Column(name = "boundary_approximate", nullable = false)
	private boolean boundaryApproximate;

	@Version
	private long version;

	protected District() {
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String name(Locale locale) {
		return DistrictRef.isChinese(locale) ? nameZh : nameEn;
	}

	MultiPolygon getBoundary() {
		return boundary;
	}

	boolean isBoundaryApproximate() {
		return boundaryApproximate;
	}

}
