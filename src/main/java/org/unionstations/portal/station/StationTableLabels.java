package org.unionstations.portal.station;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of station table files in both languages: column headers, types, statuses and
 * services, as labels for exports and as accepted input for imports (codes like
 * {@code UNION_POST_STATION} and the Chinese and English labels, matched without regard
 * to case or extra spaces).
 */
@Component
class StationTableLabels {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final List<Locale> LANGUAGES = List.of(CHINESE, Locale.ENGLISH);

	private final MessageSource messages;

	private final Map<String, StationColumn> columns;

	private final Map<String, StationType> types;

	private final Map<String, StationStatus> statuses;

	private final Map<String, Amenity> amenities;

	StationTableLabels(MessageSource messages) {
		this.messages = messages;
		this.columns = lookup(StationColumn.values(), StationColumn::labelKey);
		for (StationColumn column : StationColumn.values()) {
			columns.putIfAbsent(normalise(column.field()), column);
			column.aliases().forEach(alias -> columns.putIfAbsent(normalise(alias), column));
		}
		this.types = lookup(StationType.values(), t -> "station.type." + t.name());
		this.statuses = lookup(StationStatus.values(), s -> "station.status." + s.name());
		this.amenities = lookup(Amenity.values(), a -> "station.amenity." + a.name());
	}

	String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	List<String> headers(Locale locale) {
		return Arrays.stream(StationColumn.values()).map(c -> text(c.labelKey(), locale)).toList();
	}

	String type(StationType type, Locale locale) {
		return text("station.type." + type.name(), locale);
	}

	String status(StationStatus status, Locale locale) {
		return text("station.status." + status.name(), locale);
	}

	String amenity(Amenity amenity, Locale locale) {
		return text("station.amenity." + amenity.name(), locale);
	}

	/** How a list of services is joined in a cell: 、 in Chinese, ; otherwise. */
	static String servicesSeparator(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? "、" : "; ";
	}

	Optional<StationColumn> column(String header) {
		return Optional.ofNullable(columns.get(normalise(header)));
	}

	Optional<StationType> type(String text) {
		return Optional.ofNullable(types.get(normalise(text)));
	}

	Optional<StationStatus> status(String text) {
		return Optional.ofNullable(statuses.get(normalise(text)));
	}

	Optional<Amenity> amenity(String text) {
		return Optional.ofNullable(amenities.get(normalise(text)));
	}

	/** Trimmed, lower case, runs of white space as one space. */
	static String normalise(String text) {
		return text.strip().replaceAll("[\\s\\u00A0\\u3000]+", " ").toLowerCase(Locale.ROOT);
	}

	private <E extends Enum<E>> Map<String, E> lookup(E[] values, Function<E, String> key) {
		Map<String, E> map = new HashMap<>();
		for (E value : values) {
			map.put(normalise(value.name()), value);
			for (Locale locale : LANGUAGES) {
				map.putIfAbsent(normalise(text(key.apply(value), locale)), value);
			}
		}
		return map;
	}

}
