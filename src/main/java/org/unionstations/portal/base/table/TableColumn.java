package org.unionstations.portal.base.table;

import java.util.List;

/**
 * A column of an importable table file, usually one constant of a feature's enum. Imports
 * find it by header: its translated label in Chinese or English, its field name, or an
 * alias.
 */
public interface TableColumn {

	/**
	 * The property a value goes to; problems of the value are reported under this name.
	 */
	String field();

	/** A file without this column cannot be imported. */
	boolean required();

	/** Translation key of the header. */
	String labelKey();

	/** Header names accepted besides the translations and the field name. */
	default List<String> aliases() {
		return List.of();
	}

}
