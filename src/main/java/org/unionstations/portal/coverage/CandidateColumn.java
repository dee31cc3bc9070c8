package org.unionstations.portal.coverage;

import java.util.Arrays;
import java.util.Optional;

import org.unionstations.portal.base.table.TableColumn;

/**
 * The columns of a file of candidate sites for siting: a name and a point, headers in
 * Chinese or English (the demand point file's {@code demand.column.*} words), all
 * required.
 */
public enum CandidateColumn implements TableColumn {

	NAME("name"), LONGITUDE("longitude"), LATITUDE("latitude");

	private final String field;

	CandidateColumn(String field) {
		this.field = field;
	}

	@Override
	public String field() {
		return field;
	}

	@Override
	public boolean required() {
		return true;
	}

	@Override
	public String labelKey() {
		return "demand.column." + name();
	}

	public static Optional<CandidateColumn> byField(String field) {
		return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
	}

}
