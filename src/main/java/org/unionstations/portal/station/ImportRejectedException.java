package org.unionstations.portal.station;

import org.unionstations.portal.base.table.TableRejectedException;

/**
 * A station import was refused and nothing was written: the file, checked again when it
 * was committed, has problems (for example a station created meanwhile that a row now
 * duplicates). {@link #preview()} is the fresh check, to show in place of the old one.
 */
public class ImportRejectedException extends TableRejectedException {

	public ImportRejectedException(ImportPreview preview) {
		super(preview);
	}

	@Override
	public ImportPreview preview() {
		return (ImportPreview) super.preview();
	}

}
