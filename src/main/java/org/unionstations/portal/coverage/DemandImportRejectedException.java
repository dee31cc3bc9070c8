package org.unionstations.portal.coverage;

import org.unionstations.portal.base.table.TableRejectedException;

/**
 * A demand point import was refused and nothing was written; {@link #preview()} is the
 * fresh check, to show in place of the old one.
 */
public class DemandImportRejectedException extends TableRejectedException {

	public DemandImportRejectedException(DemandImportPreview preview) {
		super(preview);
	}

	@Override
	public DemandImportPreview preview() {
		return (DemandImportPreview) super.preview();
	}

}
