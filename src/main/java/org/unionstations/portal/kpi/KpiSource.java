package org.unionstations.portal.kpi;

/**
 * Where a KPI's figure comes from: the portal's own data (computed, always current) or
 * progress entries that staff record ({@link #REPORTED}).
 */
public enum KpiSource {

	/** Progress entries recorded by staff (送温暖, 互助保障, ...). */
	REPORTED,
	/** Smart upgrades of the year accepted by the as-of date. */
	SMART_UPGRADES_ACCEPTED,
	/** Union post stations with a legal-service add-on active on the as-of date. */
	LEGAL_SERVICE_POSTS,
	/**
	 * Flagship stations of the year whose latest decision by the as-of date is an award.
	 */
	FLAGSHIPS_AWARDED,
	/**
	 * People served through stations: the operators' monthly reports of the months ended.
	 */
	PEOPLE_SERVED,
	/** Mother-baby rooms open on the as-of date (status from the change log). */
	MOTHER_BABY_ROOMS_OPEN,
	/** Heart stations open on the as-of date. */
	HEART_STATIONS_OPEN,
	/** Mother-baby rooms that opened in the year, up to the as-of date. */
	MOTHER_BABY_ROOMS_OPENED,
	/** Heart stations that opened in the year, up to the as-of date. */
	HEART_STATIONS_OPENED;

	public boolean computed() {
		return this != REPORTED;
	}

	/**
	 * Figures that exist per ended month only (monthly reports): measured through the
	 * last ended month.
	 */
	public boolean monthly() {
		return this == PEOPLE_SERVED;
	}

}
