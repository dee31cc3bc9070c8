package org.unionstations.portal.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The base map under the overlays, chosen in configuration ({@code portal.map.base-map}):
 * <ul>
 * <li>{@code none} — offline: no tiles, the district boundaries are the base layer (the
 * default, and what tests use: these machines reach no tile server);</li>
 * <li>{@code osm} — OpenStreetMap;</li>
 * <li>{@code tianditu} — 天地图 vector + label layers, needs
 * {@code portal.map.tianditu-key};</li>
 * <li>{@code amap} — 高德 tiles in GCJ-02: the component shifts what it draws and shifts
 * picked points back, so stored coordinates stay WGS84.</li>
 * </ul>
 */
@ConfigurationProperties("portal.map")
public record BaseMap(@Nullable Kind baseMap, @Nullable String tiandituKey) {

	public enum Kind {

		NONE, OSM, TIANDITU, AMAP

	}

	public BaseMap {
		baseMap = baseMap == null ? Kind.NONE : baseMap;
		if (baseMap == Kind.TIANDITU && (tiandituKey == null || tiandituKey.isBlank())) {
			throw new IllegalArgumentException(
					"portal.map.base-map=tianditu needs portal.map.tianditu-key (a 天地图 developer key)");
		}
	}

	public Kind kind() {
		return baseMap;
	}

	/**
	 * Where browsers load this base map's tiles from, as Content-Security-Policy sources
	 * (the hosts {@code <us-map>} asks, subdomains included); none for {@code none}.
	 */
	public List<String> tileSources() {
		return switch (kind()) {
			case NONE -> List.of();
			case OSM -> List.of("https://tile.openstreetmap.org");
			case TIANDITU -> List.of("https://*.tianditu.gov.cn");
			case AMAP -> List.of("https://*.is.autonavi.com");
		};
	}

	String toJson() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kind", baseMap.name().toLowerCase(java.util.Locale.ROOT));
		m.put("key", tiandituKey);
		return Json.write(m);
	}

}
