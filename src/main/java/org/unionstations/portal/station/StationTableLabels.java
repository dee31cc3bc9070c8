package org.unionstations.portal.station;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unionstations.portal.base.table.TableVocabulary;

/**
 * The words of station table files in both languages: column headers, types, statuses and
 * services, as labels for exports and as accepted input for imports (codes like
 * {@code UNION_POST_STATION} and the Chinese and English labels, matched without regard
 * to case or extra spaces).
 */
@Component
class StationTableLabels {

	private final MessageSource messages;

	private final TableVocabulary<StationColumn> columns;

	private final TableVocabulary<StationType> types;

	private final TableVocabulary<StationStatus> statuses;

	private final TableVocabulary<Amenity> amenities;

	StationTableLabels(MessageSource messages) {
		this.messages = messages;
		this.columns = TableVocabulary.columns(messages, StationColumn.values());
		this.types = TableVocabulary.of(messages, StationType.values(), t -> "station.type." + t.name());
		this.statuses = TableVocabulary.of(messages, StationStatus.values(), s -> "station.status." + s.name());
		this.amenities = TableVocabulary.of(messages, Amenity.values(), a -> "station.amenity." + a.name());
	}

	String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	List<String> headers(Locale locale) {
		return columns.labels(locale);
	}

	String type(StationType type, Locale locale) {
		return types.label(type, locale);
	}

	String status(StationStatus status, Locale locale) {
		return statuses.label(status, locale);
	}

	String amenity(Amenity amenity, Locale locale) {
		return amenities.label(amenity, locale);
	}

	/** How a list of services is joined in a cell: 、 in Chinese, ; otherwise. */
	static String servicesSeparator(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? "、" : "; ";
	}

	Optional<StationColumn> column(String header) {
		return columns.find(header);
	}

	Optional<StationType> type(String text) {
		return types.find(text);
	}

	Optional<StationStatus> status(String text) {
		return statuses.find(text);
	}

	Optional<Amenity> amenity(String text) {
		return amenities.find(text);
	}

}
