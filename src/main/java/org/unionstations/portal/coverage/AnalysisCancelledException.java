package org.unionstations.portal.coverage;

/** The user stopped the analysis; nothing was changed. */
public class AnalysisCancelledException extends RuntimeException {

	public AnalysisCancelledException() {
		super("analysis cancelled");
	}

}
