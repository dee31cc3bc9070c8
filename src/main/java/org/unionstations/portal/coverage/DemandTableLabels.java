package org.unionstations.portal.coverage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unionstations.portal.base.table.TableVocabulary;

/**
 * The words of demand point files in both languages: column headers and categories, as
 * labels for exports and as accepted input for imports.
 */
@Component
class DemandTableLabels {

	private final MessageSource messages;

	private final TableVocabulary<DemandColumn> columns;

	private final TableVocabulary<DemandCategory> categories;

	DemandTableLabels(MessageSource messages) {
		this.messages = messages;
		this.columns = TableVocabulary.columns(messages, DemandColumn.values());
		this.categories = TableVocabulary.of(messages, DemandCategory.values(), c -> "demand.category." + c.name());
	}

	String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	List<String> headers(Locale locale) {
		return columns.labels(locale);
	}

	String category(DemandCategory category, Locale locale) {
		return categories.label(category, locale);
	}

	Optional<DemandColumn> column(String header) {
		return columns.find(header);
	}

	Optional<DemandCategory> category(String text) {
		return categories.find(text);
	}

}
