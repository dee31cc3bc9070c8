package org.unionstations.portal.programme;

import org.jspecify.annotations.Nullable;

/**
 * Length limits of programme records' text fields, shared by entities, checks and forms.
 */
public final class ProgrammeLimits {

	public static final int NAME_MAX = 100;

	public static final int PERSON_MAX = 40;

	public static final int PHONE_MAX = 30;

	public static final int REASON_MAX = 200;

	public static final int NOTE_MAX = 500;

	/**
	 * Budgets above this (one hundred million yuan) for one station are typing errors.
	 */
	public static final java.math.BigDecimal BUDGET_MAX = new java.math.BigDecimal("100000000");

	private ProgrammeLimits() {
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
