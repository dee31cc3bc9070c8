package org.unionstations.portal.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The refusals shared by the chart's records. A chart is built by code, not typed by a
 * user, so a wrong one is a programming error: {@link IllegalArgumentException} with what
 * is wrong.
 */
final class Check {

	/**
	 * CSS colours the chart accepts: #rgb[a], #rrggbb[aa], rgb()/rgba()/hsl()/hsla() of
	 * numbers, or a named colour. Nothing that could carry more CSS into a tooltip's
	 * style.
	 */
	private static final Pattern COLOR = Pattern
		.compile("#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[a-zA-Z]{3,20}"
				+ "|(?:rgba?|hsla?)\\(\\s*[0-9.]+(?:deg)?%?(?:\\s*[,/]?\\s*[0-9.]+%?){2,3}\\s*\\)");

	private Check() {
	}

	static <T> T notNull(@Nullable T value, String what) {
		if (value == null) {
			throw new IllegalArgumentException(what + " is missing");
		}
		return value;
	}

	static void key(@Nullable String key, String what) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException(what + " is blank");
		}
	}

	static void finite(double value, String what) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(what + " is not a finite number: " + value);
		}
	}

	static void color(@Nullable String color) {
		if (color != null && !COLOR.matcher(color).matches()) {
			throw new IllegalArgumentException("not a CSS colour the chart accepts: " + color);
		}
	}

	/** Blank text means none. */
	static @Nullable String optional(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** An unmodifiable copy that keeps nulls (List.copyOf refuses them). */
	static <T> List<@Nullable T> copyWithNulls(List<@Nullable T> values, String what) {
		return Collections.unmodifiableList(new ArrayList<>(notNull(values, what)));
	}

	static <T> void unique(List<T> items, Function<T, String> key, String what) {
		Set<String> seen = new HashSet<>();
		for (T item : items) {
			if (!seen.add(key.apply(item))) {
				throw new IllegalArgumentException(what + " '" + key.apply(item) + "' appears twice");
			}
		}
	}

}
