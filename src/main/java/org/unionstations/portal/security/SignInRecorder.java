package org.unionstations.portal.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each user's last sign-in, for the admin's user list. */
@Component
class SignInRecorder {

	private static final Logger log = LoggerFactory.getLogger(SignInRecorder.class);

	private final AppUserRepository users;

	private final Clock clock;

	SignInRecorder(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
			try {
				users.recordSignIn(user.getUsername(), clock.instant());
			}
			catch (DataAccessException e) {
				// the sign-in itself succeeded; only its date is not kept
				log.warn("Last sign-in of {} not recorded: {}", user.getUsername(), e.getMessage());
			}
		}
	}

}
