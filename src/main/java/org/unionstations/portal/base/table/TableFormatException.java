package org.unionstations.portal.base.table;

import org.jspecify.annotations.Nullable;

/** A file could not be read as a table; nothing of it is used. */
public class TableFormatException extends RuntimeException {

	/** The message key when nothing more precise is known. */
	public static final String UNREADABLE = "import.file.unreadable";

	private final @Nullable Integer row;

	private final String messageKey;

	public TableFormatException(String message, @Nullable Integer row, @Nullable Throwable cause) {
		this(message, UNREADABLE, row, cause);
	}

	/**
	 * @param messageKey the translation key that tells the user what the file is instead
	 */
	public TableFormatException(String message, String messageKey, @Nullable Integer row, @Nullable Throwable cause) {
		super(message, cause);
		this.row = row;
		this.messageKey = messageKey;
	}

	/** The row (as a spreadsheet numbers it) where reading failed, when known. */
	public @Nullable Integer row() {
		return row;
	}

	/** What the user reads: a translation key without arguments. */
	public String messageKey() {
		return messageKey;
	}

}
