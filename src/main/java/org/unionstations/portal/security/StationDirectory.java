package org.unionstations.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The stations an operator can be assigned to, as the user administration needs them:
 * names, districts and places for the list and the map. The station feature implements
 * it, so this feature keeps station ids only and never depends on that feature.
 */
public interface StationDirectory {

	/** One station to pick: its name, district (both languages) and WGS84 place. */
	record Entry(long id, String name, @Nullable String districtZh, @Nullable String districtEn, double longitude,
			double latitude) {

		public @Nullable String districtName(boolean chinese) {
			return chinese ? districtZh : districtEn;
		}

	}

	/** Every station, in name order. */
	List<Entry> all();

	/** Which of these ids are stations. */
	Set<Long> existing(Collection<Long> ids);

}
