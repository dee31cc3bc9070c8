package org.unionstations.portal.coverage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs long analyses off the UI thread, as the user who started them (services check
 * authorization there too). Two threads: these machines have two cores, and a third
 * analysis would only wait for the database.
 */
@Component
public class AnalysisRunner implements DisposableBean {

	private final AtomicInteger threads = new AtomicInteger();

	private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "coverage-analysis-" + threads.incrementAndGet());
		t.setDaemon(true);
		return t;
	});

	private final SecurityContextHolderStrategy securityContext;

	AnalysisRunner(SecurityContextHolderStrategy securityContext) {
		this.securityContext = securityContext;
	}

	public <T> CompletableFuture<T> submit(Supplier<T> analysis) {
		SecurityContext caller = securityContext.getContext();
		return CompletableFuture.supplyAsync(() -> {
			securityContext.setContext(caller);
			try {
				return analysis.get();
			}
			finally {
				securityContext.clearContext();
			}
		}, pool);
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}

}
