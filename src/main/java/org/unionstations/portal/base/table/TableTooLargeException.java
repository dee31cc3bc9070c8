package org.unionstations.portal.base.table;

/**
 * A file holds (or declares) more rows or text than an import reads; it is refused before
 * more of it is read.
 */
public class TableTooLargeException extends TableFormatException {

	private final boolean rows;

	/**
	 * @param rows true when there are too many rows, false when there is too much text
	 */
	public TableTooLargeException(String message, boolean rows) {
		super(message, null, null);
		this.rows = rows;
	}

	/** True when there are too many rows, false when there is too much text. */
	public boolean rows() {
		return rows;
	}

}
