package org.unionstations.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;

/**
 * What a password must be, wherever one is set: by an admin (a temporary password), by a
 * user (their own), or at the first start of a production install (the first admin).
 * Problems come back as message keys, so each reader gets them in their own language.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/** BCrypt reads no more than 72 bytes; a longer password would be cut silently. */
	public static final int MAX_BYTES = 72;

	/** The demo accounts' passwords: known to everyone who has seen the demo. */
	public static final Set<String> DEMO_PASSWORDS = Set.of("admin", "planner", "leader", "operator", "operator2");

	public static final String TOO_SHORT = "password.policy.too-short";

	public static final String TOO_LONG = "password.policy.too-long";

	public static final String SAME_AS_USERNAME = "password.policy.same-as-username";

	public static final String DEMO_PASSWORD = "password.policy.demo-password";

	private PasswordPolicy() {
	}

	/**
	 * Every rule the password breaks, at the given field; empty when it is acceptable.
	 */
	public static List<FieldProblem> check(String field, String username, String password) {
		List<FieldProblem> problems = new ArrayList<>();
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add(FieldProblem.of(field, TOO_SHORT, MIN_LENGTH));
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add(FieldProblem.of(field, TOO_LONG, MAX_BYTES));
		}
		if (password.trim().equalsIgnoreCase(username.trim())) {
			problems.add(FieldProblem.of(field, SAME_AS_USERNAME));
		}
		if (DEMO_PASSWORDS.contains(password.trim().toLowerCase(Locale.ROOT))) {
			problems.add(FieldProblem.of(field, DEMO_PASSWORD));
		}
		return problems;
	}

	/** Refuses the password with every rule it breaks, at the given field. */
	public static void require(String field, String username, String password) {
		List<FieldProblem> problems = check(field, username, password);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
