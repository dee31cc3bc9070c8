package org.unionstations.portal.programme;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The readiness score (0–100) a station needs to be awarded; one row. */
@Entity
@Table(name = "flagship_policy")
class FlagshipPolicy {

	static final int ID = 1;

	@Id
	private int id = ID;

	@Column(nullable = false, precision = 5, scale = 1)
	private BigDecimal threshold;

	@Version
	private long version;

	protected FlagshipPolicy() {
	}

	BigDecimal getThreshold() {
		return threshold;
	}

	long getVersion() {
		return version;
	}

	void setThreshold(BigDecimal threshold) {
		this.threshold = threshold;
	}

}
