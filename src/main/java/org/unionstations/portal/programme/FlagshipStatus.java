package org.unionstations.portal.programme;

import java.util.Set;

/**
 * A flagship record's workflow:
 * {@code NOMINATED → UNDER_ASSESSMENT → AWARDED | REJECTED}, {@code AWARDED → REVOKED}.
 * Translations: {@code programme.flagship.status.<NAME>}.
 */
public enum FlagshipStatus {

	NOMINATED, UNDER_ASSESSMENT, AWARDED, REJECTED, REVOKED;

	/**
	 * The steps that may follow this one (a nomination may also be rejected outright).
	 */
	public Set<FlagshipStatus> next() {
		return switch (this) {
			case NOMINATED -> Set.of(UNDER_ASSESSMENT, REJECTED);
			case UNDER_ASSESSMENT -> Set.of(AWARDED, REJECTED);
			case AWARDED -> Set.of(REVOKED);
			case REJECTED, REVOKED -> Set.of();
		};
	}

	/** Reject and revoke must say why. */
	public boolean needsReason() {
		return this == REJECTED || this == REVOKED;
	}

}
