package org.unionstations.portal.base.table;

import org.jspecify.annotations.Nullable;

/** A file could not be read as a table; nothing of it is used. */
public class TableFormatException extends RuntimeException {

	private final @Nullable Integer row;

	public TableFormatException(String message, @Nullable Integer row, @Nullable Throwable cause) {
		super(message, cause);
		this.row = row;
	}

	/** The row (as a spreadsheet numbers it) where reading failed, when known. */
	public @Nullable Integer row() {
		return row;
	}

}
