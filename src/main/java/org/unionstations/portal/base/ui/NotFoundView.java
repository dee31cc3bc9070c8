package org.unionstations.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No page at this address (a mistyped or stale link, a bad id in the URL): replaces
 * Vaadin's English route list.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

	NotFoundView() {
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		describe("not-found", getTranslation("error.not-found.title"), getTranslation("error.not-found.text"));
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
