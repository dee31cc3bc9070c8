package org.unionstations.portal.base;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Someone else saved the same record since the caller read it (optimistic locking).
 * Nothing was written; the caller should reload and apply their change again. Where the
 * service knows it, the exception says who saved first and when.
 */
public class ConcurrentEditException extends RuntimeException {

	private final @Nullable String savedBy;

	private final @Nullable Instant savedAt;

	public ConcurrentEditException(String what) {
		this(what, null, null);
	}

	public ConcurrentEditException(String what, @Nullable String savedBy, @Nullable Instant savedAt) {
		super(what + " was changed by someone else in the meantime" + (savedBy == null ? "" : " (" + savedBy + ")"));
		this.savedBy = savedBy;
		this.savedAt = savedAt;
	}

	/** Who saved the record first, when known. */
	public Optional<String> savedBy() {
		return Optional.ofNullable(savedBy);
	}

	/** When they saved it, when known. */
	public Optional<Instant> savedAt() {
		return Optional.ofNullable(savedAt);
	}

}
