package org.unionstations.portal.base.table;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;

/**
 * The words of one enum in table files, in both languages: labels for exports, and the
 * texts imports accept for each value (its code, like {@code UNION_POST_STATION}, and its
 * Chinese and English labels, matched without regard to case or extra spaces).
 */
public final class TableVocabulary<E extends Enum<E>> {

	/** The languages whose labels imports accept: Chinese first, then English. */
	public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final MessageSource messages;

	private final List<E> values;

	private final Function<E, String> key;

	private final Map<String, E> byText = new HashMap<>();

	private TableVocabulary(MessageSource messages, E[] values, Function<E, String> key) {
		this.messages = messages;
		this.values = List.of(values);
		this.key = key;
		for (E value : values) {
			byText.put(normalise(value.name()), value);
			for (Locale locale : LANGUAGES) {
				byText.putIfAbsent(normalise(messages.getMessage(key.apply(value), null, locale)), value);
			}
		}
	}

	/** The values with their translation keys. */
	public static <E extends Enum<E>> TableVocabulary<E> of(MessageSource messages, E[] values,
			Function<E, String> key) {
		return new TableVocabulary<>(messages, values, key);
	}

	/**
	 * Columns: their headers, and besides the codes and labels their field names and
	 * aliases.
	 */
	public static <C extends Enum<C> & TableColumn> TableVocabulary<C> columns(MessageSource messages, C[] columns) {
		TableVocabulary<C> vocabulary = new TableVocabulary<>(messages, columns, TableColumn::labelKey);
		for (C column : columns) {
			vocabulary.byText.putIfAbsent(normalise(column.field()), column);
			column.aliases().forEach(alias -> vocabulary.byText.putIfAbsent(normalise(alias), column));
		}
		return vocabulary;
	}

	/** The value a cell (or header) names, if any. */
	public Optional<E> find(String text) {
		return Optional.ofNullable(byText.get(normalise(text)));
	}

	public String label(E value, Locale locale) {
		return messages.getMessage(key.apply(value), null, locale);
	}

	/** Every value's label, in declaration order: a header row for columns. */
	public List<String> labels(Locale locale) {
		return values.stream().map(v -> label(v, locale)).toList();
	}

	/** Trimmed, lower case, runs of white space as one space. */
	public static String normalise(String text) {
		return text.strip().replaceAll("[\\s\\u00A0\\u3000]+", " ").toLowerCase(Locale.ROOT);
	}

}
