package org.unionstations.portal.station;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A service a station offers; which ones make sense depends on the station's type. Stored
 * by name in {@code station.services}. Translations: {@code station.amenity.<NAME>}.
 */
public enum Amenity {

	HOT_WATER(StationType.UNION_POST_STATION), PHONE_CHARGING(StationType.UNION_POST_STATION),
	MICROWAVE(StationType.UNION_POST_STATION), FIRST_AID_KIT(StationType.UNION_POST_STATION),
	WIFI(StationType.UNION_POST_STATION), REST_SEATS(StationType.UNION_POST_STATION),
	TOILET(StationType.UNION_POST_STATION), AIR_CONDITIONING(StationType.UNION_POST_STATION),

	NURSING_CHAIR(StationType.MOTHER_BABY_ROOM), CHANGING_TABLE(StationType.MOTHER_BABY_ROOM),
	SINK(StationType.MOTHER_BABY_ROOM), FRIDGE(StationType.MOTHER_BABY_ROOM),

	COUNSELLING_ROOM(StationType.HEART_STATION), APPOINTMENTS(StationType.HEART_STATION),
	RELAXATION_EQUIPMENT(StationType.HEART_STATION),

	READING_ROOM(StationType.WORKERS_HOME), FITNESS_ROOM(StationType.WORKERS_HOME), LEGAL_AID(StationType.WORKERS_HOME),
	TRAINING_ROOM(StationType.WORKERS_HOME);

	private final Set<StationType> types;

	Amenity(StationType first, StationType... more) {
		this.types = EnumSet.of(first, more);
	}

	public boolean appliesTo(StationType type) {
		return types.contains(type);
	}

	/** The amenities a station of this type may offer, in declaration order. */
	public static List<Amenity> forType(StationType type) {
		return Arrays.stream(values()).filter(a -> a.appliesTo(type)).toList();
	}

}
