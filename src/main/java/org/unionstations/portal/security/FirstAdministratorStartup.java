package org.unionstations.portal.security;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unionstations.portal.base.InvalidInputException;

/**
 * At start-up, with no user in the database: creates the first administrator from
 * {@code PORTAL_ADMIN_USERNAME} / {@code PORTAL_ADMIN_PASSWORD} (optionally
 * {@code PORTAL_ADMIN_DISPLAY_NAME}), refuses to start with one sentence when they are
 * refused, or says in one sentence how to set them when they are missing. Once the
 * database has a user the variables are ignored.
 */
@Component
class FirstAdministratorStartup implements ApplicationRunner {

	static final String NOT_SET = "No user can sign in yet: set PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD "
			+ "(at least " + PasswordPolicy.MIN_LENGTH + " characters) and start the portal again "
			+ "to create the first administrator.";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministratorStartup.class);

	private static final Map<String, String> VARIABLES = Map.of(FirstAdministrator.USERNAME, "PORTAL_ADMIN_USERNAME",
			FirstAdministrator.PASSWORD, "PORTAL_ADMIN_PASSWORD");

	private final FirstAdministrator firstAdministrator;

	private final MessageSource messages;

	private final String username;

	private final String password;

	private final String displayName;

	FirstAdministratorStartup(FirstAdministrator firstAdministrator, MessageSource messages,
			@Value("${portal.admin.username:}") String username, @Value("${portal.admin.password:}") String password,
			@Value("${portal.admin.display-name:}") String displayName) {
		this.firstAdministrator = firstAdministrator;
		this.messages = messages;
		this.username = username;
		this.password = password;
		this.displayName = displayName;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean given = !username.isBlank() || !password.isEmpty();
		if (!firstAdministrator.noUsers()) {
			if (given) {
				log.info("PORTAL_ADMIN_USERNAME/PORTAL_ADMIN_PASSWORD are ignored: the database has users already; "
						+ "remove them from the environment.");
			}
			return;
		}
		if (username.isBlank() || password.isEmpty()) {
			log.warn(NOT_SET);
			return;
		}
		try {
			if (firstAdministrator.createIfNoUsers(username, password,
					displayName) == FirstAdministrator.Outcome.CREATED) {
				log.info(
						"Created the first administrator '{}' from PORTAL_ADMIN_USERNAME (logged as created by "
								+ "system); remove PORTAL_ADMIN_PASSWORD from the environment once you have signed in.",
						username.strip());
			}
		}
		catch (InvalidInputException refused) {
			throw new FirstAdministratorRefusedException(sentence(refused));
		}
	}

	/**
	 * "The first administrator was not created: PORTAL_ADMIN_PASSWORD is refused (...)."
	 */
	private String sentence(InvalidInputException refused) {
		String reasons = refused.problems()
			.stream()
			.collect(Collectors.groupingBy(p -> VARIABLES.getOrDefault(p.field(), p.field()),
					Collectors.mapping(
							p -> lowerFirst(messages.getMessage(p.messageKey(), p.args().toArray(), Locale.ENGLISH)),
							Collectors.joining("; "))))
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey() + " is refused (" + e.getValue() + ")")
			.collect(Collectors.joining(" and "));
		return "The first administrator was not created: " + reasons + ".";
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
