package org.unionstations.portal.coverage;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;

/**
 * Lets a user stop a long analysis: marks it cancelled and cancels the database query it
 * is running ({@code pg_cancel_backend} on the analysis' own connection, sent over
 * another connection).
 */
public final class Cancellation {

	private final AtomicReference<Long> backendPid = new AtomicReference<>();

	private final LongConsumer cancelBackend;

	private volatile boolean cancelled;

	Cancellation(LongConsumer cancelBackend) {
		this.cancelBackend = cancelBackend;
	}

	public void cancel() {
		cancelled = true;
		Long pid = backendPid.get();
		if (pid != null) {
			cancelBackend.accept(pid);
		}
	}

	public boolean isCancelled() {
		return cancelled;
	}

	void attach(long pid) {
		backendPid.set(pid);
		if (cancelled) {
			cancelBackend.accept(pid);
		}
	}

	void detach() {
		backendPid.set(null);
	}

	void throwIfCancelled() {
		if (cancelled) {
			throw new AnalysisCancelledException();
		}
	}

	/**
	 * Runs {@code analysis} so that {@link #cancel} stops its query: the analysis'
	 * connection ({@code pid}, read inside its transaction) is remembered while it runs,
	 * and a query failure after a cancel becomes {@link AnalysisCancelledException}.
	 */
	<T> T guard(LongSupplier pid, Supplier<T> analysis) {
		throwIfCancelled();
		attach(pid.getAsLong());
		try {
			return analysis.get();
		}
		catch (DataAccessException e) {
			if (cancelled) {
				throw new AnalysisCancelledException();
			}
			throw e;
		}
		finally {
			detach();
		}
	}

}
