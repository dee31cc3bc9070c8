package org.unionstations.portal.district;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which property of a GeoJSON feature holds what: the GB/T 2260 code, the Chinese name
 * and (optionally) the English name. Files from different sources name them differently
 * ({@code adcode}, {@code code}, {@code name}, ...); the admin can choose.
 */
public record DistrictMapping(String codeProperty, String nameZhProperty, @Nullable String nameEnProperty) {

	private static final List<String> CODE_NAMES = List.of("adcode", "code", "gb_code", "gbcode", "district_code");

	private static final List<String> NAME_ZH_NAMES = List.of("name", "name_zh", "namezh", "name_cn");

	private static final List<String> NAME_EN_NAMES = List.of("name_en", "nameen", "name_english", "english_name");

	/**
	 * The usual property names found among those of a file ({@code adcode}/{@code code},
	 * {@code name}, {@code name_en}); the first property stands in for one not found.
	 */
	public static DistrictMapping guess(List<String> properties) {
		String fallback = properties.isEmpty() ? "code" : properties.getFirst();
		return new DistrictMapping(find(properties, CODE_NAMES).orElse(fallback),
				find(properties, NAME_ZH_NAMES).orElse(fallback), find(properties, NAME_EN_NAMES).orElse(null));
	}

	private static Optional<String> find(List<String> properties, List<String> candidates) {
		for (String candidate : candidates) {
			for (String property : properties) {
				if (property.toLowerCase(Locale.ROOT).equals(candidate)) {
					return Optional.of(property);
				}
			}
		}
		return Optional.empty();
	}

}
