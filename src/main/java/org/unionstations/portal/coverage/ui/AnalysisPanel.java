package org.unionstations.portal.coverage.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.ErrorEvent;
import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.coverage.AnalysisCancelledException;
import org.unionstations.portal.coverage.AnalysisRunner;
import org.unionstations.portal.coverage.Cancellation;
import org.unionstations.portal.coverage.CoverageRunExpiredException;
import org.unionstations.portal.coverage.CoverageService;

/**
 * Runs the coverage view's analyses off the UI thread, one at a time: the progress bar,
 * its text and the cancel button; the result (or the failure, translated) comes back
 * through {@code UI.access}. Closing the view cancels what is running.
 */
class AnalysisPanel extends Div {

	final ProgressBar progress = new ProgressBar();

	final Span progressText = new Span();

	final Button cancel = new Button();

	private final CoverageService coverage;

	private final AnalysisRunner runner;

	private final Consumer<Boolean> busyListener;

	private @Nullable Cancellation running;

	private @Nullable UI ui;

	AnalysisPanel(CoverageService coverage, AnalysisRunner runner, Consumer<Boolean> busyListener) {
		this.coverage = coverage;
		this.runner = runner;
		this.busyListener = busyListener;
		cancel.setText(getTranslation("action.cancel"));
		cancel.setId("coverage-cancel");
		cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		cancel.addClickListener(e -> {
			if (running != null) {
				running.cancel();
			}
		});
		progress.setIndeterminate(true);
		progress.setId("coverage-progress");
		progressText.setId("coverage-progress-text");
		add(progressText, progress, cancel);
		addClassName("coverage-busy");
		showBusy(false);
	}

	boolean isRunning() {
		return running != null;
	}

	/**
	 * Starts {@code analysis} unless one is running; {@code show} gets its result on the
	 * UI thread.
	 */
	<T> void start(Function<Cancellation, T> analysis, Consumer<T> show) {
		if (running != null || ui == null) {
			return;
		}
		Cancellation cancellation = coverage.newCancellation();
		running = cancellation;
		setBusy(true);
		step("coverage.progress.start", 0);
		CompletableFuture<T> future = runner.submit(() -> analysis.apply(cancellation));
		UI owner = ui;
		future.whenComplete((result, error) -> owner.access(() -> {
			running = null;
			setBusy(false);
			if (error == null) {
				show.accept(result);
			}
			else {
				failed(owner, error);
			}
		}));
	}

	/** Reports a step of the running analysis; callable from any thread. */
	void step(String key, double fraction) {
		UI owner = ui;
		if (owner != null) {
			owner.access(() -> {
				progressText.setText(getTranslation(key));
				progress.setIndeterminate(fraction <= 0);
				progress.setValue(Math.max(0, Math.min(1, fraction)));
			});
		}
	}

	private void failed(UI owner, Throwable error) {
		Throwable root = rootCause(error);
		if (root instanceof AnalysisCancelledException) {
			CoverageNotice.show(getTranslation("coverage.cancelled"), false);
		}
		else if (root instanceof CoverageRunExpiredException) {
			CoverageNotice.show(getTranslation("coverage.run.expired"), false);
		}
		else if (root instanceof InvalidInputException invalid) {
			CoverageNotice.show(getTranslation(invalid.problems().getFirst().messageKey(),
					invalid.problems().getFirst().args().toArray()), false);
		}
		else {
			// the portal's one error handler: translated message, incident id, logged
			owner.getSession()
				.getErrorHandler()
				.error(new ErrorEvent(error instanceof CompletionException wrapped && wrapped.getCause() != null
						? wrapped.getCause() : error));
		}
	}

	private void setBusy(boolean busy) {
		showBusy(busy);
		busyListener.accept(busy);
	}

	private void showBusy(boolean busy) {
		progress.setVisible(busy);
		progressText.setVisible(busy);
		cancel.setVisible(busy);
	}

	static Throwable rootCause(Throwable t) {
		Throwable cause = t;
		while (cause.getCause() != null && cause != cause.getCause()) {
			cause = cause.getCause();
		}
		return cause;
	}

	@Override
	protected void onAttach(AttachEvent event) {
		ui = event.getUI();
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (running != null) {
			running.cancel();
		}
		ui = null;
	}

}
