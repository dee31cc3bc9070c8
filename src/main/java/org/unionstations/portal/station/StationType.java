package org.unionstations.portal.station;

/** The kinds of station in the network. Translations: {@code station.type.<NAME>}. */
public enum StationType {

	/** 工会驿站: rest stop for outdoor and new-employment workers. */
	UNION_POST_STATION,
	/** 心灵驿站: psychological care. */
	HEART_STATION,
	/** 爱心母婴室: nursing and baby-care room. */
	MOTHER_BABY_ROOM,
	/** 职工之家: workers' home. */
	WORKERS_HOME

}
