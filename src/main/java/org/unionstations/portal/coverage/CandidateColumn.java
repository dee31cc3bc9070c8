package org.unionstations.portal.coverage;

import org.unionstations.portal.base.table.TableColumn;

/**
 * The columns of a file of candidate sites for siting: a name and a point, headers in
 * Chinese or English (the demand point file's {@code demand.column.*} words), all
 * required.
 */
public enum CandidateColumn implements TableColumn {

	NAME, LONGITUDE, LATITUDE;

	@Override
	public String labelKey() {
		return "demand.column." + name();
	}

}
