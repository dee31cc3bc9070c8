package org.unionstations.portal.station;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the year's programmes say about stations, for the station map and pages: which
 * badges a station carries now. The programme feature implements it, so the station
 * feature shows programme facts without depending on that feature.
 */
public interface StationProgrammes {

	/**
	 * A programme milestone a station has reached. Translations:
	 * {@code station.badge.<NAME>}.
	 */
	enum Badge {

		/** An awarded (and not revoked) flagship station: 旗舰站. */
		FLAGSHIP,
		/** An active legal-service add-on: 法律服务. */
		LEGAL_SERVICE,
		/** An accepted smart upgrade: 智能化. */
		SMART_UPGRADE

	}

	/** The badges of each station that has any, among those the caller may see. */
	Map<Long, Set<Badge>> badges(Collection<Long> stationIds);

}
