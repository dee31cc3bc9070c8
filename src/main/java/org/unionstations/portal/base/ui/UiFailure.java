package org.unionstations.portal.base.ui;

import java.net.ConnectException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.RecordNotFoundException;

/**
 * What the user is told about a failure nobody handled where it happened: known kinds get
 * their own message, everything else the generic one. Every failure gets a short incident
 * id that is shown to the user and logged with the stack trace, so a report of "it said
 * incident 7F3A9C21" leads straight to the log line.
 */
final class UiFailure {

	private static final Logger log = LoggerFactory.getLogger(UiFailure.class);

	private static final SecureRandom random = new SecureRandom();

	/**
	 * The kinds of failure a user can do something about, and the message key of each.
	 */
	enum Kind {

		/** The user may not do this (any more), e.g. their station was unassigned. */
		ACCESS_DENIED("error.access-denied"),
		/** Someone else saved the same record in the meantime. */
		CONCURRENT_EDIT("error.concurrent-edit"),
		/** The record is gone. */
		NOT_FOUND("error.not-found"),
		/** The database cannot be reached. */
		DATABASE_UNAVAILABLE("error.database-unavailable"),
		/** Anything else: a defect. */
		UNEXPECTED("error.unexpected");

		private final String messageKey;

		Kind(String messageKey) {
			this.messageKey = messageKey;
		}

		/** The message key; its one argument is the incident id. */
		String messageKey() {
			return messageKey;
		}

	}

	/** One reported failure: the id shown to the user and logged, and its kind. */
	record Incident(String id, Kind kind) {

	}

	private UiFailure() {
	}

	/** Classifies the failure, logs it under a new incident id and returns both. */
	static Incident report(Throwable failure) {
		Kind kind = classify(failure);
		String id = newIncidentId();
		switch (kind) {
			case UNEXPECTED, DATABASE_UNAVAILABLE -> log.error("Incident {}: {}", id, kind, failure);
			default -> log.warn("Incident {}: {} ({})", id, kind, failure.toString());
		}
		return new Incident(id, kind);
	}

	/**
	 * The first known kind found along the cause chain; {@link Kind#UNEXPECTED} if none.
	 */
	static Kind classify(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
			Kind kind = kindOf(t);
			if (kind != null) {
				return kind;
			}
		}
		return Kind.UNEXPECTED;
	}

	private static @Nullable Kind kindOf(Throwable t) {
		if (t instanceof AccessDeniedException) {
			return Kind.ACCESS_DENIED;
		}
		if (t instanceof ConcurrentEditException || t instanceof OptimisticLockingFailureException
				|| t instanceof OptimisticLockException || t instanceof StaleStateException) {
			return Kind.CONCURRENT_EDIT;
		}
		if (t instanceof RecordNotFoundException) {
			return Kind.NOT_FOUND;
		}
		if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
				|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
				|| t instanceof ConnectException || isConnectionState(t)) {
			return Kind.DATABASE_UNAVAILABLE;
		}
		return null;
	}

	/**
	 * SQLSTATE class 08 (connection exception) and 57P (operator intervention: the server
	 * shuts down, the session was terminated, the database does not accept connections).
	 */
	private static boolean isConnectionState(Throwable t) {
		return t instanceof SQLException sql && sql.getSQLState() != null
				&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
	}

	private static String newIncidentId() {
		return String.format(Locale.ROOT, "%08X", random.nextInt());
	}

}
