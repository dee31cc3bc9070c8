package org.unionstations.portal.programme;

/**
 * Where a legal-service add-on stands. Translations:
 * {@code programme.legal.status.<NAME>}.
 */
public enum LegalStatus {

	PLANNED, ACTIVE, PAUSED, ENDED;

	/**
	 * {@code PLANNED → ACTIVE}, {@code ACTIVE ⇄ PAUSED}, any but {@code ENDED} →
	 * {@code ENDED}; {@code ENDED} is final and nothing goes back to {@code PLANNED}.
	 */
	public boolean canMoveTo(LegalStatus next) {
		return next == this || switch (this) {
			case PLANNED -> next == ACTIVE || next == ENDED;
			case ACTIVE -> next == PAUSED || next == ENDED;
			case PAUSED -> next == ACTIVE || next == ENDED;
			case ENDED -> false;
		};
	}

	/** Planned and active add-ons occupy the station: only one at a time. */
	public boolean isOpen() {
		return this == PLANNED || this == ACTIVE;
	}

}
