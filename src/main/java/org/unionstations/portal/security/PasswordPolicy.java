package org.unionstations.portal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;

/**
 * What a password must be, wherever one is set: the first administrator from the
 * environment, an administrator's temporary password, a user's own new password. At least
 * {@value #MIN_LENGTH} characters, not the user name (in any case), and none of the demo
 * accounts' passwords, which anyone who has read the README knows. Problems are message
 * keys, so each reader sees them in their own language at the field they concern.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final String TOO_SHORT = "password.policy.too-short";

	public static final String SAME_AS_USERNAME = "password.policy.same-as-username";

	public static final String DEMO_PASSWORD = "password.policy.demo-password";

	/** The demo profile's passwords (password = user name there). */
	static final Set<String> DEMO_PASSWORDS = Set.of("admin", "planner", "leader", "operator", "operator2");

	private PasswordPolicy() {
	}

	/** Every problem of {@code password} for {@code username}, tied to {@code field}. */
	public static List<FieldProblem> check(String field, String username, String password) {
		List<FieldProblem> problems = new ArrayList<>();
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add(FieldProblem.of(field, TOO_SHORT, MIN_LENGTH));
		}
		if (!username.isBlank() && password.equalsIgnoreCase(username.strip())) {
			problems.add(FieldProblem.of(field, SAME_AS_USERNAME));
		}
		if (DEMO_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
			problems.add(FieldProblem.of(field, DEMO_PASSWORD));
		}
		return problems;
	}

	/** Refuses {@code password} with every problem it has; nothing is written then. */
	public static void require(String field, String username, String password) {
		List<FieldProblem> problems = check(field, username, password);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
