package org.unionstations.portal.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;
import org.unionstations.portal.security.CurrentUser;
import org.unionstations.portal.security.UserService;

/**
 * A user who signed in with a temporary password is sent to {@link PasswordChangeView}
 * from wherever they navigate, until they have chosen their own password. Read fresh from
 * the database on every navigation, so a temporary password an admin sets takes hold at
 * once. Sign-in, sign-out and the error pages stay open.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

	private final CurrentUser currentUser;

	private final UserService users;

	PasswordChangeGate(CurrentUser currentUser, UserService users) {
		this.currentUser = currentUser;
		this.users = users;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
	}

	void check(BeforeEnterEvent event) {
		Class<?> target = event.getNavigationTarget();
		if (target == PasswordChangeView.class || target == LoginView.class
				|| HasErrorParameter.class.isAssignableFrom(target) || currentUser.get().isEmpty()) {
			return;
		}
		if (users.mustChangePassword()) {
			event.forwardTo(PasswordChangeView.class);
		}
	}

}
