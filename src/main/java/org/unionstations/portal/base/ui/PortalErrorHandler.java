package org.unionstations.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * The one place where failures nobody handled end up: exceptions (and errors such as
 * {@link OutOfMemoryError}) from listeners, from {@code UI.access} blocks and from
 * background work handed back to the UI. The user sees a translated message, with an
 * incident id for the unexpected kinds; the log has the same id with the stack trace.
 * Installed on every new session.
 */
@Component
class PortalErrorHandler implements ErrorHandler, VaadinServiceInitListener {

	static final String NOTIFICATION_ID = "error-notification";

	/** Long enough to read and note the incident id. */
	private static final int DURATION_MS = 15_000;

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
	}

	@Override
	public void error(ErrorEvent event) {
		Throwable failure = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
		if (isClientGone(failure)) {
			return;
		}
		UiFailure.Incident incident = UiFailure.report(failure);
		UI ui = event.getComponent().flatMap(c -> c.getUI()).orElseGet(UI::getCurrent);
		if (ui != null) {
			show(ui, incident);
		}
	}

	/** Shows the incident's message in {@code ui}; the caller holds the session lock. */
	static void show(UI ui, UiFailure.Incident incident) {
		Notification notification = new Notification();
		notification.setId(NOTIFICATION_ID);
		notification.setText(ui.getTranslation(incident.kind().messageKey(), incident.id()));
		notification.setDuration(DURATION_MS);
		notification.setPosition(Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		notification.addOpenedChangeListener(e -> {
			if (!e.isOpened()) {
				notification.removeFromParent();
			}
		});
		ui.add(notification);
		notification.open();
	}

	/** A browser that closed the connection is not a failure to tell anyone about. */
	private static boolean isClientGone(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(t.getClass().getName())) {
				return true;
			}
		}
		return false;
	}

}
