package org.unionstations.portal.district;

/**
 * A district import was refused when committed: nothing was written. Carries the fresh
 * check that says why.
 */
public class DistrictImportRefusedException extends RuntimeException {

	private final transient DistrictImportPreview preview;

	public DistrictImportRefusedException(DistrictImportPreview preview) {
		super("district import refused: " + preview.fileProblems().size() + " file problems, "
				+ preview.rowsWithProblems() + " features with problems, " + preview.removalsBlocked().size()
				+ " removals blocked");
		this.preview = preview;
	}

	public DistrictImportPreview preview() {
		return preview;
	}

}
