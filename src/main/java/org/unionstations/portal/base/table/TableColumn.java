package org.unionstations.portal.base.table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of an importable table file: one constant of a feature's enum. Imports find it
 * by header: its translated label in Chinese or English, its field name, or an alias.
 */
public interface TableColumn {

	/**
	 * The property a value goes to; problems of the value are reported under this name.
	 * By default the constant's name in lower camel case ({@code HOST_ORGANISATION} is
	 * {@code hostOrganisation}).
	 */
	default String field() {
		String[] words = ((Enum<?>) this).name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder field = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return field.toString();
	}

	/**
	 * A file without this column cannot be imported; by default every column is needed.
	 */
	default boolean required() {
		return true;
	}

	/** Translation key of the header. */
	String labelKey();

	/** Header names accepted besides the translations and the field name. */
	default List<String> aliases() {
		return List.of();
	}

	/** The column among {@code columns} whose values go to {@code field}. */
	static <C extends TableColumn> Optional<C> byField(C[] columns, String field) {
		for (C column : columns) {
			if (column.field().equals(field)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

}
