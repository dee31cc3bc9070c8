package org.unionstations.portal.programme;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An admin's weight and target for one readiness criterion. */
@Entity
@Table(name = "flagship_criterion")
class CriterionSetting {

	@Id
	@Enumerated(EnumType.STRING)
	@Column(length = 32)
	private FlagshipCriterion criterion;

	@Column(nullable = false)
	private int weight;

	@Column(nullable = false, precision = 10, scale = 1)
	private BigDecimal target;

	@Version
	private long version;

	protected CriterionSetting() {
	}

	FlagshipCriterion getCriterion() {
		return criterion;
	}

	int getWeight() {
		return weight;
	}

	BigDecimal getTarget() {
		return target;
	}

	long getVersion() {
		return version;
	}

	void set(int weight, BigDecimal target) {
		this.weight = weight;
		this.target = target;
	}

}
