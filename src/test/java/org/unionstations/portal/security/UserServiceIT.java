package org.unionstations.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.station.StationDraft;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

/**
 * User administration as the service enforces it, whatever a view shows: admins only, no
 * self lock-out, the password policy, temporary passwords, deleting only untouched users,
 * and every change in the change log. Each test rolls back.
 */
@PortalIT
@Transactional
class UserServiceIT {

	private static final String TEMPORARY = "Xianning-2026-temp";

	@Autowired
	UserService users;

	@Autowired
	UserDetailsService details;

	@Autowired
	AppUserRepository repository;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	StationService stations;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The security context this application's services read (not the JVM-wide holder,
	 * which another portal context started in this JVM takes over: decision 0020).
	 */
	@Autowired
	SecurityContextHolderStrategy securityContext;

	@AfterEach
	void signOut() {
		securityContext.clearContext();
	}

	@Test
	void an_admin_creates_a_user_who_must_change_the_temporary_password_and_the_log_says_who() {
		as("admin");
		UserAccount created = users
			.create(new NewUser(" liu.fang ", "刘芳", Set.of(Role.PLANNER, Role.LEADER), TEMPORARY));

		assertThat(created.username()).isEqualTo("liu.fang");
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.PLANNER, Role.LEADER);
		assertThat(created.enabled()).isTrue();
		assertThat(created.mustChangePassword()).isTrue();
		assertThat(created.lastSignInAt()).isNull();
		assertThat(created.deletable()).isTrue();
		assertThat(encoder.matches(TEMPORARY, hashOf("liu.fang"))).isTrue();
		assertThat(users.list()).extracting(UserRow::username).contains("liu.fang");

		var revision = revisions("liu.fang").getFirst();
		assertThat(revision.action()).isEqualTo("CREATE");
		assertThat(revision.changedBy()).isEqualTo("admin");
		assertThat(fields(revision.id())).contains("username=liu.fang", "displayName=刘芳", "roles=LEADER,PLANNER",
				"enabled=true", "mustChangePassword=true", "password=temporary");
		// neither the password nor its hash ever reaches the log
		assertThat(fields(revision.id())).noneMatch(f -> f.contains(TEMPORARY) || f.contains(hashOf("liu.fang")));
	}

	@Test
	void usernames_are_checked_and_unique() {
		as("admin");
		assertThat(problems(() -> users.create(new NewUser("Liu Fang", "刘芳", Set.of(Role.LEADER), TEMPORARY))))
			.containsExactly(FieldProblem.of("username", "user.validation.username-format", 2, 60));
		assertThat(problems(() -> users.create(new NewUser("planner", "规划", Set.of(Role.LEADER), TEMPORARY))))
			.containsExactly(FieldProblem.of("username", "user.validation.username-taken", "planner"));
		assertThat(problems(() -> users.create(new NewUser("chen", " ", Set.of(), TEMPORARY))))
			.extracting(FieldProblem::messageKey)
			.containsExactly("validation.required", "user.validation.roles-required");
	}

	@Test
	void a_planner_is_refused_every_administration_by_the_service() {
		as("planner");
		assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> users.account("operator")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> users.create(new NewUser("sneaky", "偷偷", Set.of(Role.ADMIN), TEMPORARY)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> users.update("planner", new UserEdit("王敏", Set.of(Role.ADMIN), true, 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> users.setTemporaryPassword("admin", TEMPORARY, 0))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> users.assignStations("operator", Set.of(), 0))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> users.delete("operator2", 0)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> users.assignableStations()).isInstanceOf(AccessDeniedException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'sneaky'").query(Long.class).single())
			.isZero();
	}

	@Test
	void changed_roles_are_logged_and_end_the_user_s_sessions_signed_in_with_the_old_roles() {
		as("admin");
		users.create(new NewUser("zhou.jie", "周杰", Set.of(Role.LEADER), TEMPORARY));
		PortalUser session = principal("zhou.jie");
		assertThat(stillCounts(session)).isTrue();
		UserAccount before = users.account("zhou.jie");

		UserAccount after = users.update("zhou.jie",
				new UserEdit("周杰（规划）", Set.of(Role.PLANNER, Role.LEADER), true, before.version()));

		assertThat(after.displayName()).isEqualTo("周杰（规划）");
		assertThat(after.roles()).containsExactlyInAnyOrder(Role.PLANNER, Role.LEADER);
		assertThat(after.version()).isGreaterThan(before.version());
		assertThat(stillCounts(session)).as("a session holding the old roles").isFalse();
		assertThat(stillCounts(principal("zhou.jie"))).as("a new sign-in").isTrue();
		var revision = revisions("zhou.jie").getFirst();
		assertThat(revision.action()).isEqualTo("UPDATE");
		assertThat(fields(revision.id())).containsExactlyInAnyOrder("displayName=周杰 → 周杰（规划）",
				"roles=LEADER → LEADER,PLANNER");
	}

	@Test
	void a_disabled_user_cannot_sign_in_and_their_sessions_end() {
		as("admin");
		users.create(new NewUser("wu.lei", "吴磊", Set.of(Role.LEADER), TEMPORARY));
		PortalUser session = principal("wu.lei");
		UserAccount account = users.account("wu.lei");

		users.update("wu.lei", new UserEdit("吴磊", Set.of(Role.LEADER), false, account.version()));

		assertThat(details.loadUserByUsername("wu.lei").isEnabled()).isFalse();
		assertThat(stillCounts(session)).isFalse();
		assertThat(users.list()).filteredOn(u -> u.username().equals("wu.lei"))
			.extracting(UserRow::enabled)
			.containsExactly(false);
		assertThat(fields(revisions("wu.lei").getFirst().id())).containsExactly("enabled=true → false");
	}

	@Test
	void an_admin_cannot_lock_themself_out_and_is_told_why() {
		as("admin");
		UserAccount self = users.account("admin");
		assertThat(self.deletable()).isFalse();
		assertThat(
				problems(() -> users.update("admin", new UserEdit("管理员", Set.of(Role.PLANNER), false, self.version()))))
			.containsExactly(FieldProblem.of("roles", "user.validation.own-admin-role"),
					FieldProblem.of("enabled", "user.validation.own-account-disabled"));
		assertThat(problems(() -> users.setTemporaryPassword("admin", TEMPORARY, self.version())))
			.containsExactly(FieldProblem.of("password", "user.validation.own-temporary-password"));
		assertThat(problems(() -> users.delete("admin", self.version())))
			.containsExactly(FieldProblem.of("username", "user.validation.own-account-deleted"));
		UserAccount unchanged = users.account("admin");
		assertThat(unchanged.roles()).contains(Role.ADMIN);
		assertThat(unchanged.enabled()).isTrue();
		assertThat(unchanged.version()).isEqualTo(self.version());
	}

	@Test
	void an_untouched_user_can_be_deleted_and_the_deletion_is_logged() {
		as("admin");
		users.create(new NewUser("typo.user", "打错了", Set.of(Role.LEADER), TEMPORARY));
		UserAccount account = users.account("typo.user");
		long id = idOf("typo.user");

		users.delete("typo.user", account.version());

		assertThat(repository.findByUsername("typo.user")).isEmpty();
		var revisions = jdbc
			.sql("SELECT action, changed_by FROM change_revision WHERE entity_type = 'APP_USER' AND entity_id = ? "
					+ "ORDER BY id DESC")
			.param(id)
			.query((rs, n) -> rs.getString(1) + " by " + rs.getString(2))
			.list();
		assertThat(revisions).containsExactly("DELETE by admin", "CREATE by admin");
	}

	@Test
	void a_user_who_changed_anything_cannot_be_deleted_only_disabled() {
		as("admin");
		users.create(new NewUser("he.ping", "何平", Set.of(Role.PLANNER), TEMPORARY));
		as("he.ping");
		StationDraft draft = new StationDraft();
		draft.setType(StationType.UNION_POST_STATION);
		draft.setName("何平测试驿站");
		draft.setAddress("温泉路1号");
		draft.setLongitude(114.32);
		draft.setLatitude(29.84);
		draft.setStatus(StationStatus.PLANNED);
		stations.create(draft);

		as("admin");
		UserAccount account = users.account("he.ping");
		assertThat(account.deletable()).isFalse();
		assertThat(problems(() -> users.delete("he.ping", account.version())))
			.containsExactly(FieldProblem.of("username", "user.validation.has-changes"));
		assertThat(repository.findByUsername("he.ping")).isPresent();
		users.update("he.ping", new UserEdit("何平", Set.of(Role.PLANNER), false, account.version()));
		assertThat(users.account("he.ping").enabled()).isFalse();
	}

	@Test
	void a_name_in_any_who_did_it_column_counts_as_a_change() {
		as("admin");
		users.create(new NewUser("qian.li", "钱丽", Set.of(Role.OPERATOR), TEMPORARY));
		assertThat(users.account("qian.li").deletable()).isTrue();
		// a row stamped by the JPA auditing of some feature, not by the change log
		jdbc.sql("UPDATE station SET updated_by = 'qian.li' WHERE id = (SELECT min(id) FROM station)").update();
		assertThat(users.account("qian.li").deletable()).isFalse();
	}

	@Test
	void passwords_breaking_the_policy_are_refused_at_their_field() {
		as("admin");
		assertThat(problems(() -> users.create(new NewUser("sun.yu", "孙雨", Set.of(Role.LEADER), "Sun.Yu"))))
			.containsExactly(FieldProblem.of("password", PasswordPolicy.TOO_SHORT, 10),
					FieldProblem.of("password", PasswordPolicy.SAME_AS_USERNAME));
		assertThat(problems(() -> users.create(new NewUser("sun.yu", "孙雨", Set.of(Role.LEADER), "operator2"))))
			.extracting(FieldProblem::messageKey)
			.contains(PasswordPolicy.DEMO_PASSWORD);
		users.create(new NewUser("sun.yu", "孙雨", Set.of(Role.LEADER), TEMPORARY));
		long version = users.account("sun.yu").version();
		assertThat(problems(() -> users.setTemporaryPassword("sun.yu", "planner", version)))
			.extracting(FieldProblem::messageKey)
			.containsExactly(PasswordPolicy.TOO_SHORT, PasswordPolicy.DEMO_PASSWORD);

		as("sun.yu");
		assertThat(problems(() -> users.changeOwnPassword(new PasswordChange(TEMPORARY, "short", "short"))))
			.containsExactly(FieldProblem.of("newPassword", PasswordPolicy.TOO_SHORT, 10));
		assertThat(problems(() -> users.changeOwnPassword(new PasswordChange(TEMPORARY, TEMPORARY, TEMPORARY))))
			.containsExactly(FieldProblem.of("newPassword", "password.validation.unchanged"));
		assertThat(problems(() -> users
			.changeOwnPassword(new PasswordChange("wrong-current", "Another-2026-pw", "Another-2026-px"))))
			.containsExactly(FieldProblem.of("currentPassword", "password.validation.current-wrong"),
					FieldProblem.of("repeatedPassword", "password.validation.mismatch"));
		assertThat(encoder.matches(TEMPORARY, hashOf("sun.yu"))).isTrue();
	}

	@Test
	void a_temporary_password_is_changed_by_its_user_whose_other_sessions_end_and_this_one_stays() {
		as("admin");
		users.create(new NewUser("ma.li", "马丽", Set.of(Role.LEADER), TEMPORARY));
		PortalUser otherBrowser = principal("ma.li");

		as("ma.li");
		assertThat(users.mustChangePassword()).isTrue();
		users.changeOwnPassword(new PasswordChange(TEMPORARY, "Mali-own-pass-1", "Mali-own-pass-1"));

		assertThat(users.mustChangePassword()).isFalse();
		assertThat(encoder.matches("Mali-own-pass-1", hashOf("ma.li"))).isTrue();
		assertThat(stillCounts(otherBrowser)).isFalse();
		PortalUser thisSession = (PortalUser) securityContext.getContext().getAuthentication().getPrincipal();
		assertThat(stillCounts(thisSession)).isTrue();
		var revision = revisions("ma.li").getFirst();
		assertThat(revision.changedBy()).isEqualTo("ma.li");
		assertThat(fields(revision.id())).containsExactlyInAnyOrder("mustChangePassword=true → false",
				"password=changed");

		// an admin's new temporary password ends that session too, and the user must
		// change it again
		as("admin");
		users.setTemporaryPassword("ma.li", "Reset-by-admin-1", users.account("ma.li").version());
		assertThat(stillCounts(thisSession)).isFalse();
		assertThat(users.account("ma.li").mustChangePassword()).isTrue();
	}

	@Test
	void an_edit_from_a_stale_version_is_refused_naming_who_saved_first() {
		as("admin");
		users.create(new NewUser("lin.tao", "林涛", Set.of(Role.LEADER), TEMPORARY));
		UserAccount read = users.account("lin.tao");
		users.update("lin.tao", new UserEdit("林涛涛", Set.of(Role.LEADER), true, read.version()));

		assertThatThrownBy(() -> users.update("lin.tao", new UserEdit("林涛", Set.of(Role.LEADER), true, read.version())))
			.isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.savedBy()).contains("admin"));
		assertThatThrownBy(() -> users.assignStations("lin.tao", Set.of(), read.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(users.account("lin.tao").displayName()).isEqualTo("林涛涛");
	}

	@Test
	void stations_go_to_operators_only_and_the_assignment_is_logged() {
		as("admin");
		users.create(new NewUser("xu.na", "徐娜", Set.of(Role.LEADER), TEMPORARY));
		List<Long> two = users.assignableStations().stream().limit(2).map(StationDirectory.Entry::id).toList();
		assertThat(problems(() -> users.assignStations("xu.na", Set.copyOf(two), users.account("xu.na").version())))
			.containsExactly(FieldProblem.of("stations", "user.validation.stations-need-operator"));

		UserAccount operator = users.update("xu.na",
				new UserEdit("徐娜", Set.of(Role.OPERATOR), true, users.account("xu.na").version()));
		assertThat(problems(() -> users.assignStations("xu.na", Set.of(two.getFirst(), -5L), operator.version())))
			.containsExactly(FieldProblem.of("stations", "user.validation.unknown-stations", 1));
		UserAccount assigned = users.assignStations("xu.na", Set.copyOf(two), operator.version());

		assertThat(assigned.stationIds()).containsExactlyInAnyOrderElementsOf(two);
		assertThat(users.list()).filteredOn(u -> u.username().equals("xu.na"))
			.extracting(UserRow::stationCount)
			.containsExactly(2);
		assertThat(fields(revisions("xu.na").getFirst().id())).containsExactly(
				"stations=" + two.stream().sorted().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow());
	}

	// --- helpers

	private void as(String username) {
		PortalUser user = principal(username);
		securityContext.setContext(new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
	}

	/** A session of the user as a sign-in now would make it. */
	private PortalUser principal(String username) {
		return (PortalUser) details.loadUserByUsername(username);
	}

	private boolean stillCounts(PortalUser session) {
		repository.flush();
		return repository.findSessionState(session.getUsername()).map(s -> s.admits(session)).orElse(false);
	}

	private String hashOf(String username) {
		return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
			.param(username)
			.query(String.class)
			.single();
	}

	private long idOf(String username) {
		return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
	}

	record LoggedRevision(long id, String action, String changedBy) {
	}

	private List<LoggedRevision> revisions(String username) {
		return jdbc
			.sql("SELECT id, action, changed_by FROM change_revision WHERE entity_type = 'APP_USER' AND entity_id = ? "
					+ "ORDER BY id DESC")
			.param(idOf(username))
			.query((rs, n) -> new LoggedRevision(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The revision's fields as "field=new" (created) or "field=old → new". */
	private List<String> fields(long revision) {
		return jdbc
			.sql("SELECT field, old_value, new_value FROM change_revision_field WHERE revision_id = ? ORDER BY field")
			.param(revision)
			.query((rs, n) -> rs.getString(1) + "=" + (rs.getString(2) == null ? "" : rs.getString(2) + " → ")
					+ rs.getString(3))
			.list();
	}

	private static List<FieldProblem> problems(Runnable call) {
		try {
			call.run();
		}
		catch (InvalidInputException e) {
			return e.problems();
		}
		throw new AssertionError("not refused");
	}

}
