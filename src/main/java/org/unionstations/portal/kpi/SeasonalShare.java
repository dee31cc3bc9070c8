package org.unionstations.portal.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The share of a year's target due by the end of a given day: the days elapsed over the
 * days of the year, or, with a seasonal profile (12 monthly weights), the weights of the
 * months ended plus the elapsed part of the current month's weight, over all weights.
 */
public final class SeasonalShare {

	private final int year;

	private final double @Nullable [] weights;

	private final double total;

	public SeasonalShare(int year, @Nullable List<BigDecimal> profile) {
		this.year = year;
		if (profile == null) {
			this.weights = null;
			this.total = 0;
			return;
		}
		if (profile.size() != 12) {
			throw new IllegalArgumentException("a seasonal profile has 12 monthly weights");
		}
		this.weights = profile.stream().mapToDouble(BigDecimal::doubleValue).toArray();
		double sum = 0;
		for (double w : weights) {
			if (w < 0) {
				throw new IllegalArgumentException("monthly weights are not negative");
			}
			sum += w;
		}
		if (sum <= 0) {
			throw new IllegalArgumentException("a seasonal profile needs some weight");
		}
		this.total = sum;
	}

	/**
	 * 0 before the year, 1 from its last day on, in between by days or by the profile.
	 */
	public double at(LocalDate day) {
		if (day.getYear() < year) {
			return 0;
		}
		if (day.getYear() > year) {
			return 1;
		}
		if (weights == null) {
			return (double) day.getDayOfYear() / day.lengthOfYear();
		}
		double done = 0;
		for (int m = 0; m < day.getMonthValue() - 1; m++) {
			done += weights[m];
		}
		done += weights[day.getMonthValue() - 1] * day.getDayOfMonth() / day.lengthOfMonth();
		return done / total;
	}

	/**
	 * The first day of the year on which {@code rate × share} reaches {@code target}, if
	 * any.
	 */
	public @Nullable LocalDate firstDayReaching(double perYear, double target) {
		LocalDate day = LocalDate.of(year, 1, 1);
		while (day.getYear() == year) {
			if (perYear * at(day) >= target - 1e-9) {
				return day;
			}
			day = day.plusDays(1);
		}
		return null;
	}

}
