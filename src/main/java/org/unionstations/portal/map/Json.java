package org.unionstations.portal.map;

import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny JSON writer for what the map component receives. Strings are escaped per RFC
 * 8259, so any text (station names are user input) arrives as data; the component then
 * renders it as text, never as markup.
 */
final class Json {

	private Json() {
	}

	static String quote(String s) {
		StringBuilder b = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				case '<' -> b.append("\\u003c"); // harmless in JSON, and never closes a
													// script element
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						b.append(String.format("\\u%04x", (int) c));
					}
					else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}

	/**
	 * Coordinates with 6 decimals (about 0.1 m), other numbers as short as they print.
	 */
	static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.6f", value);
	}

	static void value(StringBuilder b, Object value) {
		switch (value) {
			case null -> b.append("null");
			case String s -> b.append(quote(s));
			case Boolean bool -> b.append(bool);
			case Integer i -> b.append(i);
			case Long l -> b.append(l);
			case Double d -> b.append(Double.isFinite(d) ? trim(d) : "null");
			case Float f -> b.append(Float.isFinite(f) ? trim(f) : "null");
			case Enum<?> e -> b.append(quote(e.name()));
			case Map<?, ?> m -> object(b, m);
			case Collection<?> c -> array(b, c);
			case JsonText raw -> b.append(raw.json());
			default -> b.append(quote(value.toString()));
		}
	}

	static void object(StringBuilder b, Map<?, ?> map) {
		b.append('{');
		Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
		while (it.hasNext()) {
			Map.Entry<?, ?> e = it.next();
			b.append(quote(String.valueOf(e.getKey()))).append(':');
			value(b, e.getValue());
			if (it.hasNext()) {
				b.append(',');
			}
		}
		b.append('}');
	}

	static void array(StringBuilder b, Collection<?> values) {
		b.append('[');
		Iterator<?> it = values.iterator();
		while (it.hasNext()) {
			value(b, it.next());
			if (it.hasNext()) {
				b.append(',');
			}
		}
		b.append(']');
	}

	static String write(Object value) {
		StringBuilder b = new StringBuilder();
		value(b, value);
		return b.toString();
	}

	private static String trim(double d) {
		return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
	}

	/** Already-serialised JSON (a PostGIS ST_AsGeoJSON geometry), embedded as is. */
	record JsonText(String json) {
	}

}
