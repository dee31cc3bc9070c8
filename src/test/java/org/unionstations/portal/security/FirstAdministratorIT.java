package org.unionstations.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;

/**
 * The first administrator of an installation without users, created at start-up from the
 * environment. Each test empties the user table inside its own transaction, which is
 * rolled back afterwards, so the demo users are back for the other tests.
 */
@PortalIT
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIT {

	@Autowired
	private FirstAdministrator firstAdministrator;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void with_users_in_the_database_the_environment_creates_nobody() {
		// the demo users and whoever the browser tests created before (committed)
		int users = userCount();
		assertThat(users).isPositive();
		startWith("chief", "Xianning-2026!");
		assertThat(userExists("chief")).isFalse();
		assertThat(userCount()).isEqualTo(users);
	}

	@Test
	void on_an_empty_database_the_administrator_comes_from_the_environment_and_can_sign_in() {
		removeAllUsers();
		startWith("  chief ", "Xianning-2026!");

		Authentication signedIn = signIn("chief", "Xianning-2026!");
		assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.filteredOn(a -> a.startsWith("ROLE_"))
			.containsExactly("ROLE_ADMIN");
		assertThat(userCount()).isEqualTo(1);
		assertThatThrownBy(() -> signIn("chief", "chief")).isInstanceOf(BadCredentialsException.class);

		// in the change log, created by system, with what was set, under the entity type
		// the user administration logs users with (so it appears in their history there)
		assertThat(jdbc
			.sql("""
					SELECT r.changed_by || ' ' || r.action || ' ' || string_agg(f.field || '=' || f.new_value, ',' ORDER BY f.field)
					FROM change_revision r JOIN change_revision_field f ON f.revision_id = r.id
					JOIN app_user u ON u.id = r.entity_id
					WHERE r.entity_type = 'APP_USER' AND u.username = 'chief'
					GROUP BY r.id, r.changed_by, r.action
					""")
			.query(String.class)
			.list()).containsExactly("system CREATE displayName=chief,roles=ADMIN,username=chief");

		// the next start with other values changes nothing
		startWith("second", "Another-long-one");
		assertThat(userCount()).isEqualTo(1);
	}

	@Test
	void a_display_name_may_be_given() {
		removeAllUsers();
		new FirstAdministratorStartup(firstAdministrator, messages, "chief", "Xianning-2026!", "市总工会管理员").run(null);
		assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = 'chief'").query(String.class).single())
			.isEqualTo("市总工会管理员");
	}

	@Test
	void a_weak_password_stops_the_start_with_one_sentence_and_creates_nobody() {
		removeAllUsers();
		// the reasons are PasswordPolicy's messages, the same an admin sees at the field
		assertThatThrownBy(() -> startWith("chief", "operator2")).isInstanceOf(FirstAdministratorRefusedException.class)
			.hasMessage("The first administrator was not created: PORTAL_ADMIN_PASSWORD is refused "
					+ "(a password needs at least 10 characters; the demo accounts' passwords cannot be used "
					+ "(admin, planner, leader, operator, operator2)).");
		assertThatThrownBy(() -> startWith("administrator", "Administrator"))
			.hasMessage("The first administrator was not created: PORTAL_ADMIN_PASSWORD is refused "
					+ "(the password cannot be the username).");
		assertThatThrownBy(() -> startWith("chief admin", "short"))
			.hasMessage("The first administrator was not created: PORTAL_ADMIN_PASSWORD is refused "
					+ "(a password needs at least 10 characters) and PORTAL_ADMIN_USERNAME is refused "
					+ "(must not contain spaces).");
		assertThat(userCount()).isZero();
	}

	@Test
	void the_refusal_reaches_the_console_as_that_sentence_and_what_to_do() {
		removeAllUsers();
		Throwable startFailure = new IllegalStateException("Failed to execute ApplicationRunner",
				catchRefusal("chief", "admin"));
		FailureAnalysis analysis = new FirstAdministratorFailureAnalyzer().analyze(startFailure);
		assertThat(analysis.getDescription()).isEqualTo("The first administrator was not created: "
				+ "PORTAL_ADMIN_PASSWORD is refused (a password needs at least 10 characters; the demo accounts' "
				+ "passwords cannot be used (admin, planner, leader, operator, operator2)).");
		assertThat(analysis.getAction()).contains("PORTAL_ADMIN_PASSWORD").contains("at least 10 characters");
	}

	@Test
	void without_the_variables_the_log_says_how_to_set_them(CapturedOutput output) {
		removeAllUsers();
		startWith("", "");
		assertThat(userCount()).isZero();
		assertThat(output.getAll()).contains(
				"No user can sign in yet: set PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD (at least 10 characters) "
						+ "and start the portal again to create the first administrator.");
	}

	private void startWith(String username, String password) {
		new FirstAdministratorStartup(firstAdministrator, messages, username, password, "").run(null);
	}

	private Throwable catchRefusal(String username, String password) {
		try {
			startWith(username, password);
		}
		catch (FirstAdministratorRefusedException e) {
			return e;
		}
		throw new AssertionError("not refused");
	}

	private Authentication signIn(String username, String password) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		return provider.authenticate(new UsernamePasswordAuthenticationToken(username, password));
	}

	private void removeAllUsers() {
		jdbc.sql("DELETE FROM app_user").update();
	}

	private int userCount() {
		return jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single();
	}

	private boolean userExists(String username) {
		return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
			.param(username)
			.query(Integer.class)
			.single() > 0;
	}

}
