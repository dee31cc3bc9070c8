package org.unionstations.portal.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.audit.AuditLog;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.audit.Revision;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.RecordNotFoundException;
import org.unionstations.portal.base.TextRules;

/**
 * Users and their passwords. Admins create users with a temporary password, change their
 * names, roles and stations, disable them, set a new temporary password, and delete users
 * who have not changed anything yet; every user changes their own password. Every rule is
 * enforced here: roles with {@code @PreAuthorize}, an admin's own account protected from
 * lock-out, the {@link PasswordPolicy}, concurrent edits by the version, and every change
 * written to the {@link AuditLog} in the same transaction (never a password or its hash).
 *
 * <p>
 * A password change, a temporary password, a changed role and a disabled account move the
 * user's session epoch on: their sessions signed in before end at their next request
 * ({@link SessionEpochFilter}); the caller's own session is carried into the new epoch.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	/** What the change log calls a user. */
	public static final String ENTITY_TYPE = "APP_USER";

	/**
	 * Lower-case letters, digits, dot, underscore and hyphen; starts with a letter or
	 * digit.
	 */
	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

	static final int USERNAME_MIN = 2;

	public static final int USERNAME_MAX = AppUser.USERNAME_MAX;

	public static final int DISPLAY_NAME_MAX = AppUser.DISPLAY_NAME_MAX;

	private final AppUserRepository users;

	private final UserTraces traces;

	private final StationDirectory stations;

	private final PasswordEncoder passwords;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	UserService(AppUserRepository users, UserTraces traces, StationDirectory stations, PasswordEncoder passwords,
			CurrentUser currentUser, AuditLog audit) {
		this.users = users;
		this.traces = traces;
		this.stations = stations;
		this.passwords = passwords;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public List<UserRow> list() {
		return users.findAllByOrderByUsername()
			.stream()
			.map(u -> new UserRow(u.getUsername(), u.getDisplayName(), u.getRoles(), u.getStationIds().size(),
					u.isEnabled(), u.isMustChangePassword(), u.getLastSignInAt()))
			.toList();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount account(String username) {
		return toAccount(load(username));
	}

	/** Every station an operator can be assigned to, in name order. */
	@PreAuthorize("hasRole('ADMIN')")
	public List<StationDirectory.Entry> assignableStations() {
		return stations.all();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount create(NewUser user) {
		String username = user.username().trim();
		List<FieldProblem> problems = new ArrayList<>();
		if (username.isEmpty()) {
			problems.add(FieldProblem.of("username", "validation.required"));
		}
		else if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX
				|| !USERNAME.matcher(username).matches()) {
			problems.add(FieldProblem.of("username", "user.validation.username-format", USERNAME_MIN, USERNAME_MAX));
		}
		else if (users.findByUsername(username).isPresent()) {
			problems.add(FieldProblem.of("username", "user.validation.username-taken", username));
		}
		problems.addAll(checkNameAndRoles(user.displayName(), user.roles()));
		if (user.temporaryPassword().isEmpty()) {
			problems.add(FieldProblem.of("password", "validation.required"));
		}
		else {
			problems.addAll(PasswordPolicy.check("password", username, user.temporaryPassword()));
		}
		refuseIfAny(problems);
		AppUser created = new AppUser(username, user.displayName().strip(), user.roles(),
				passwords.encode(user.temporaryPassword()), true);
		created = users.saveAndFlush(created);
		List<FieldChange> changes = new ArrayList<>(FieldChange.between(Map.of(), snapshot(created)));
		changes.add(new FieldChange("password", null, "temporary"));
		audit.record(ENTITY_TYPE, created.getId(), ChangeAction.CREATE, changes);
		return toAccount(created);
	}

	/**
	 * Changes a user's name, roles and whether they may sign in. An admin cannot take
	 * their own ADMIN role away nor disable themselves: nobody might be left to manage
	 * users.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount update(String username, UserEdit edit) {
		AppUser user = load(username);
		requireVersion(user, edit.version());
		List<FieldProblem> problems = new ArrayList<>(checkNameAndRoles(edit.displayName(), edit.roles()));
		if (isCaller(user)) {
			if (!edit.roles().contains(Role.ADMIN)) {
				problems.add(FieldProblem.of("roles", "user.validation.own-admin-role"));
			}
			if (!edit.enabled()) {
				problems.add(FieldProblem.of("enabled", "user.validation.own-account-disabled"));
			}
		}
		refuseIfAny(problems);
		Map<String, String> before = snapshot(user);
		boolean rolesChanged = !user.getRoles().equals(Set.copyOf(edit.roles()));
		boolean disabled = user.isEnabled() && !edit.enabled();
		user.setDisplayName(edit.displayName().strip());
		user.setRoles(edit.roles());
		user.setEnabled(edit.enabled());
		if (rolesChanged || disabled) {
			// a session keeps the roles it signed in with: end it, so the change holds at
			// once
			user.endSessions();
		}
		return saveAudited(user, before, List.of());
	}

	/** The stations an operator maintains: replaces the whole assignment. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount assignStations(String username, Set<Long> stationIds, long version) {
		AppUser user = load(username);
		requireVersion(user, version);
		if (!stationIds.isEmpty() && !user.getRoles().contains(Role.OPERATOR)) {
			refuseIfAny(List.of(FieldProblem.of("stations", "user.validation.stations-need-operator")));
		}
		Set<Long> unknown = new HashSet<>(stationIds);
		unknown.removeAll(stations.existing(stationIds));
		if (!unknown.isEmpty()) {
			refuseIfAny(List.of(FieldProblem.of("stations", "user.validation.unknown-stations", unknown.size())));
		}
		Map<String, String> before = snapshot(user);
		user.setStationIds(stationIds);
		return saveAudited(user, before, List.of());
	}

	/**
	 * Sets a temporary password the user must change at their next sign-in; their
	 * sessions end. Not for the admin's own account: they change their own password like
	 * everybody else.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount setTemporaryPassword(String username, String password, long version) {
		AppUser user = load(username);
		requireVersion(user, version);
		if (isCaller(user)) {
			refuseIfAny(List.of(FieldProblem.of("password", "user.validation.own-temporary-password")));
		}
		refuseIfAny(PasswordPolicy.check("password", user.getUsername(), password));
		Map<String, String> before = snapshot(user);
		user.setPassword(passwords.encode(password), true);
		user.endSessions();
		return saveAudited(user, before, List.of(new FieldChange("password", null, "temporary")));
	}

	/**
	 * Deletes a user who has changed nothing in the portal yet (a mistyped account);
	 * anyone else is disabled instead, so that the change log keeps naming a real
	 * account.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(String username, long version) {
		AppUser user = load(username);
		requireVersion(user, version);
		if (isCaller(user)) {
			refuseIfAny(List.of(FieldProblem.of("username", "user.validation.own-account-deleted")));
		}
		if (traces.exist(user.getUsername())) {
			refuseIfAny(List.of(FieldProblem.of("username", "user.validation.has-changes")));
		}
		Map<String, String> before = snapshot(user);
		long id = user.getId();
		try {
			users.delete(user);
			users.flush();
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw new ConcurrentEditException("user " + username);
		}
		audit.record(ENTITY_TYPE, id, ChangeAction.DELETE, FieldChange.between(before, Map.of()));
	}

	/** Whether the caller holds a temporary password that they must change first. */
	@PreAuthorize("isAuthenticated()")
	public boolean mustChangePassword() {
		return users.findMustChangePassword(currentUser.require().getUsername()).orElse(false);
	}

	/**
	 * The caller changes their own password: the current one is checked, the new one must
	 * meet the {@link PasswordPolicy} and differ from the current one. Every other
	 * session of the caller ends; this one stays signed in.
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void changeOwnPassword(PasswordChange change) {
		PortalUser caller = currentUser.require();
		AppUser user = load(caller.getUsername());
		List<FieldProblem> problems = new ArrayList<>();
		if (change.currentPassword().isEmpty()) {
			problems.add(FieldProblem.of("currentPassword", "validation.required"));
		}
		else if (!passwords.matches(change.currentPassword(), user.getPasswordHash())) {
			problems.add(FieldProblem.of("currentPassword", "password.validation.current-wrong"));
		}
		if (change.newPassword().isEmpty()) {
			problems.add(FieldProblem.of("newPassword", "validation.required"));
		}
		else {
			problems.addAll(PasswordPolicy.check("newPassword", user.getUsername(), change.newPassword()));
			if (change.newPassword().equals(change.currentPassword())) {
				problems.add(FieldProblem.of("newPassword", "password.validation.unchanged"));
			}
		}
		if (!change.newPassword().equals(change.repeatedPassword())) {
			problems.add(FieldProblem.of("repeatedPassword", "password.validation.mismatch"));
		}
		refuseIfAny(problems);
		Map<String, String> before = snapshot(user);
		user.setPassword(passwords.encode(change.newPassword()), false);
		long epoch = user.endSessions();
		saveAudited(user, before, List.of(new FieldChange("password", null, "changed")));
		carryCallerInto(caller, epoch);
	}

	private List<FieldProblem> checkNameAndRoles(String displayName, Set<Role> roles) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = displayName.strip();
		if (name.isEmpty()) {
			problems.add(FieldProblem.of("displayName", "validation.required"));
		}
		else if (name.length() > DISPLAY_NAME_MAX) {
			problems.add(FieldProblem.of("displayName", "validation.too-long", DISPLAY_NAME_MAX));
		}
		else {
			TextRules.check("displayName", name, false).ifPresent(problems::add);
		}
		if (roles.isEmpty()) {
			problems.add(FieldProblem.of("roles", "user.validation.roles-required"));
		}
		return problems;
	}

	private UserAccount saveAudited(AppUser user, Map<String, String> before, List<FieldChange> extra) {
		try {
			AppUser saved = users.saveAndFlush(user);
			List<FieldChange> changes = new ArrayList<>(FieldChange.between(before, snapshot(saved)));
			changes.addAll(extra);
			audit.record(ENTITY_TYPE, saved.getId(), ChangeAction.UPDATE, changes);
			return toAccount(saved);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			// the session cannot be asked anything after a failed flush: who saved first
			// stays unknown here
			throw new ConcurrentEditException("user " + user.getUsername());
		}
	}

	/**
	 * The caller's own session moves into the new epoch with the account's current facts:
	 * it stays signed in while their other sessions end.
	 */
	private void carryCallerInto(PortalUser caller, long epoch) {
		currentUser.replace(caller.inEpoch(epoch));
	}

	private AppUser load(String username) {
		return users.findByUsername(username).orElseThrow(() -> new RecordNotFoundException("user " + username));
	}

	private boolean isCaller(AppUser user) {
		return currentUser.require().getUsername().equals(user.getUsername());
	}

	private void requireVersion(AppUser user, long expected) {
		if (expected != user.getVersion()) {
			throw conflict(user);
		}
	}

	/** Says who saved the user first, and when, as the change log knows it. */
	private ConcurrentEditException conflict(AppUser user) {
		List<Revision> history = audit.history(ENTITY_TYPE, user.getId());
		return history.isEmpty() ? new ConcurrentEditException("user " + user.getUsername())
				: new ConcurrentEditException("user " + user.getUsername(), history.getFirst().changedBy(),
						history.getFirst().changedAt());
	}

	private UserAccount toAccount(AppUser u) {
		return new UserAccount(u.getUsername(), u.getDisplayName(), u.getRoles(), u.isEnabled(), u.getStationIds(),
				u.isMustChangePassword(), u.getLastSignInAt(), u.getVersion(),
				!isCaller(u) && !traces.exist(u.getUsername()));
	}

	/** What the change log compares: display values, never the password. */
	private static Map<String, String> snapshot(AppUser u) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("username", u.getUsername());
		values.put("displayName", u.getDisplayName());
		values.put("roles", u.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		values.put("enabled", String.valueOf(u.isEnabled()));
		values.put("stations",
				u.getStationIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
		values.put("mustChangePassword", String.valueOf(u.isMustChangePassword()));
		return values;
	}

	private static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
