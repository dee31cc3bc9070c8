package org.unionstations.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A view failed while it was being opened: instead of a stack trace, the same translated
 * message as {@link PortalErrorHandler} gives (a record that does not exist, a service
 * that refused, the database gone, or the generic message with the logged incident id).
 */
@ParentLayout(MainLayout.class)
@PermitAll
class FailureView extends ErrorPage implements HasErrorParameter<Exception> {

	FailureView() {
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		UiFailure.Incident incident = UiFailure.report(parameter.getCaughtException());
		String message = getTranslation(incident.kind().messageKey(), incident.id());
		return switch (incident.kind()) {
			case NOT_FOUND -> {
				describe("not-found", getTranslation("error.not-found.title"), message);
				yield HttpServletResponse.SC_NOT_FOUND;
			}
			case ACCESS_DENIED -> {
				describe("access-denied", getTranslation("error.access-denied.title"), message);
				yield HttpServletResponse.SC_FORBIDDEN;
			}
			case DATABASE_UNAVAILABLE -> {
				describe("failure", getTranslation("error.failure.title"), message);
				yield HttpServletResponse.SC_SERVICE_UNAVAILABLE;
			}
			default -> {
				describe("failure", getTranslation("error.failure.title"), message);
				yield HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
			}
		};
	}

}
