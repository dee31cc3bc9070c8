package org.unionstations.portal.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.audit.AuditLog;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.TextRules;

/**
 * The first administrator of a new installation. A production database has no user (the
 * demo accounts come only with the demo data), so at start-up, and only while there is no
 * user at all, the portal creates one administrator from the environment. Several
 * instances starting together on an empty database create exactly one: the check and the
 * insert run under one transaction-scoped advisory lock. The creation is in the change
 * log as done by {@code system}.
 */
@Service
public class FirstAdministrator {

	/** The change log's entity type for users. */
	public static final String ENTITY_TYPE = UserService.ENTITY_TYPE;

	public static final String USERNAME = "username";

	public static final String PASSWORD = "password";

	/**
	 * Any constant shared by every instance of the portal; names the lock in pg_locks.
	 */
	private static final long LOCK_KEY = 0x504f5254414c3031L; // "PORTAL01"

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	FirstAdministrator(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
	}

	/** What {@link #createIfNoUsers} did. */
	public enum Outcome {

		CREATED, USERS_EXIST

	}

	@Transactional(readOnly = true)
	public boolean noUsers() {
		return userCount() == 0;
	}

	/**
	 * Creates an administrator with these credentials if the database has no user yet.
	 * @throws InvalidInputException when the user name or the password is refused (see
	 * {@link PasswordPolicy}); nothing is written then
	 */
	@Transactional
	public Outcome createIfNoUsers(String username, String password, String displayName) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleValue();
		if (userCount() > 0) {
			return Outcome.USERS_EXIST;
		}
		String name = username.strip();
		String shownName = displayName.isBlank() ? name : displayName.strip();
		List<FieldProblem> problems = new ArrayList<>(usernameProblems(name));
		problems.addAll(PasswordPolicy.check(PASSWORD, name, password));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = jdbc.sql("INSERT INTO app_user (username, password_hash, display_name) VALUES (?, ?, ?) RETURNING id")
			.params(name, passwordEncoder.encode(password), shownName)
			.query(Long.class)
			.single();
		jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)").params(id, Role.ADMIN.name()).update();
		auditLog.record(ENTITY_TYPE, id, ChangeAction.CREATE, List.of(new FieldChange("username", null, name),
				new FieldChange("displayName", null, shownName), new FieldChange("roles", null, Role.ADMIN.name())));
		return Outcome.CREATED;
	}

	private int userCount() {
		return jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single();
	}

	private static List<FieldProblem> usernameProblems(String username) {
		List<FieldProblem> problems = new ArrayList<>();
		if (username.isEmpty()) {
			problems.add(FieldProblem.of(USERNAME, "validation.required"));
		}
		else if (username.length() > AppUser.USERNAME_MAX) {
			problems.add(FieldProblem.of(USERNAME, "validation.too-long", AppUser.USERNAME_MAX));
		}
		else if (username.chars().anyMatch(Character::isWhitespace)) {
			problems.add(FieldProblem.of(USERNAME, "validation.no-spaces"));
		}
		TextRules.check(USERNAME, username, false).ifPresent(problems::add);
		return problems;
	}

}
