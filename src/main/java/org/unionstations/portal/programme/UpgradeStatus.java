package org.unionstations.portal.programme;

/**
 * Where a smart upgrade stands: {@code PLANNED → IN_PROGRESS → COMPLETED → ACCEPTED}, or
 * {@code CANCELLED}. Translations: {@code programme.upgrade.status.<NAME>}.
 */
public enum UpgradeStatus {

	PLANNED, IN_PROGRESS, COMPLETED, ACCEPTED, CANCELLED;

	/**
	 * Forward moves may skip steps (programme lists are often recorded after the fact);
	 * backwards only one step at a time, to correct a slip; {@code CANCELLED} from any
	 * state but {@code ACCEPTED}; {@code ACCEPTED} and {@code CANCELLED} are final.
	 */
	public boolean canMoveTo(UpgradeStatus next) {
		if (next == this) {
			return true;
		}
		if (this == ACCEPTED || this == CANCELLED) {
			return false;
		}
		if (next == CANCELLED) {
			return true;
		}
		return next.ordinal() > ordinal() || next.ordinal() == ordinal() - 1;
	}

}
