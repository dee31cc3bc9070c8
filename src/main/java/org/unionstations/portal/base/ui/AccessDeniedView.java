package org.unionstations.portal.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in user opened a view their role may not open (navigation access control
 * denied it).
 */
@ParentLayout(MainLayout.class)
@PermitAll
class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

	AccessDeniedView() {
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		describe("access-denied", getTranslation("error.access-denied.title"),
				getTranslation("error.access-denied.text"));
		return HttpServletResponse.SC_FORBIDDEN;
	}

}
