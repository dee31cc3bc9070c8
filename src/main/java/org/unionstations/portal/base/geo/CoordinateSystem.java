package org.unionstations.portal.base.geo;

/**
 * The geographic coordinate systems a longitude/latitude pair can be expressed in. The
 * database stores {@link #WGS84} only; see {@link CoordinateConverter}.
 */
public enum CoordinateSystem {

	/**
	 * WGS 84, as reported by GPS receivers and used by OpenStreetMap and most maps
	 * outside China. This is what the database stores (SRID 4326).
	 */
	WGS84,
	/**
	 * GCJ-02, the 国测局 ("Mars") coordinates required for maps published in China: Amap
	 * (高德), Tencent (腾讯) and most other Chinese web maps. An obfuscated WGS 84 offset by
	 * a few hundred metres inside China and equal to WGS 84 outside it.
	 */
	GCJ02,
	/** BD-09, Baidu's (百度) own system: GCJ-02 with a further Baidu-specific offset. */
	BD09

}
