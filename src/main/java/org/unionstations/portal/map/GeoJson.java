package org.unionstations.portal.map;

import java.util.List;

/**
 * Writes a layer's features as one GeoJSON FeatureCollection (RFC 7946: WGS84, longitude
 * first).
 */
public final class GeoJson {

	private GeoJson() {
	}

	public static String featureCollection(List<MapFeature> features) {
		StringBuilder b = new StringBuilder(64 + features.size() * 120);
		b.append("{\"type\":\"FeatureCollection\",\"features\":[");
		for (int i = 0; i < features.size(); i++) {
			if (i > 0) {
				b.append(',');
			}
			feature(b, features.get(i));
		}
		return b.append("]}").toString();
	}

	private static void feature(StringBuilder b, MapFeature f) {
		b.append("{\"type\":\"Feature\",\"id\":").append(Json.quote(f.id())).append(",\"geometry\":");
		if (f.point() != null) {
			b.append("{\"type\":\"Point\",\"coordinates\":[")
				.append(Json.coordinate(f.point()[0]))
				.append(',')
				.append(Json.coordinate(f.point()[1]))
				.append("]}");
		}
		else {
			b.append(f.geometryGeoJson());
		}
		b.append(",\"properties\":");
		Json.object(b, f.properties());
		b.append('}');
	}

}
