package org.unionstations.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.unionstations.portal.PortalIT;

/**
 * The sign-in path over plain HTTP against the running portal: login CSRF refused, the
 * session id changed at sign-in, the security headers, and throttling per username and
 * per address with the message's minutes. Attempts come from loopback addresses of their
 * own (127.0.0.2 and up) so the failures here lock nobody else.
 */
@PortalIT
class SignInSecurityIT {

	/** A user of one test alone, so locking it disturbs no other test. */
	private static final String VICTIM = "throttle-victim";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PasswordEncoder passwords;

	private final List<String> created = new ArrayList<>();

	@AfterEach
	void removeUsers() {
		created.forEach(u -> jdbc.sql("DELETE FROM app_user WHERE username = :u").param("u", u).update());
	}

	/** A leader whose password is their username, removed after the test. */
	private void createUser(String username) {
		jdbc.sql("INSERT INTO app_user (username, password_hash, display_name) VALUES (:u, :h, '锁定测试')")
			.param("u", username)
			.param("h", passwords.encode(username))
			.update();
		jdbc.sql("INSERT INTO app_user_role (user_id, role) SELECT id, 'LEADER' FROM app_user WHERE username = :u")
			.param("u", username)
			.update();
		created.add(username);
	}

	@Test
	void a_login_post_without_the_csrf_token_is_refused_and_signs_nobody_in() throws Exception {
		LoginClient client = new LoginClient(port, "127.0.0.2");
		LoginClient.LoginPage page = client.open();

		LoginClient.Answer forged = client.post(page, "leader", "leader", false);
		assertThat(forged.status()).isEqualTo(403);
		// a person whose login page had outlived its session lands on a fresh one
		assertThat(forged.body()).contains("http-equiv=\"refresh\"", "url=/login?expired");
		// still anonymous: the start page sends this session to the login view
		HttpResponse<String> start = client.get("/", page.session());
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(outcomes("leader", "127.0.0.2")).isEmpty();

		// the same form with the page's token signs in (and goes on to the page asked
		// for)
		assertThat(client.post(page, "leader", "leader", true).location()).isEqualTo("/?continue");
		assertThat(outcomes("leader", "127.0.0.2")).containsExactly("SUCCESS");
	}

	@Test
	void signing_in_changes_the_session_id_and_only_the_new_one_is_signed_in() throws Exception {
		LoginClient client = new LoginClient(port, "127.0.0.8");
		LoginClient.LoginPage page = client.open();
		LoginClient.Answer answer = client.post(page, "leader", "leader", true);

		assertThat(answer.location()).isEqualTo("/");
		String after = answer.session().orElseThrow(() -> new AssertionError("no new session cookie at sign-in"));
		assertThat(after).isNotEqualTo(page.session());
		assertThat(client.get("/", after).statusCode()).isEqualTo(200);
		HttpResponse<String> before = client.get("/", page.session());
		assertThat(before.statusCode()).isEqualTo(302);
		assertThat(before.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void responses_carry_the_security_headers_and_a_session_cookie_scripts_cannot_read() throws Exception {
		LoginClient client = new LoginClient(port, "127.0.0.9");
		HttpResponse<String> login = client.get("/login", "");
		assertThat(login.statusCode()).isEqualTo(200);
		String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
				"style-src 'self' 'unsafe-inline'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
				"frame-ancestors 'self'", "connect-src 'self'");
		// base map "none" in tests: no tile server is allowed
		assertThat(csp).doesNotContain("openstreetmap", "tianditu", "autonavi");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(login.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
		assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(cookie).as("plain HTTP without PORTAL_SECURE_COOKIES").doesNotContainIgnoringCase("Secure;");

		// a signed-in page and a static resource carry them too
		String session = client.post(client.open(), "leader", "leader", true).session().orElseThrow();
		HttpResponse<String> start = client.get("/", session);
		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.headers().firstValue("Content-Security-Policy")).contains(csp);
		HttpResponse<String> styles = client.get("/styles.css", session);
		assertThat(styles.statusCode()).isEqualTo(200);
		assertThat(styles.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
	}

	@Test
	void five_wrong_passwords_lock_a_username_and_the_right_one_is_then_refused_unchecked() throws Exception {
		createUser(VICTIM);
		LoginClient client = new LoginClient(port, "127.0.0.3");
		for (int i = 1; i <= 4; i++) {
			assertThat(client.signIn(VICTIM, "guess-" + i)).isEqualTo("/login?error");
		}
		// the fifth failure locks: the view already says how long to wait
		assertThat(client.signIn(VICTIM, "guess-5")).isEqualTo("/login?throttled=1");
		// the right password, even from elsewhere, is not checked while locked
		assertThat(new LoginClient(port, "127.0.0.4").signIn(VICTIM, VICTIM)).isEqualTo("/login?throttled=1");
		assertThat(outcomes(VICTIM, null)).containsExactly("THROTTLED", "BAD_CREDENTIALS", "BAD_CREDENTIALS",
				"BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS");
	}

	@Test
	void an_unknown_username_gets_exactly_the_answers_a_known_one_gets() throws Exception {
		createUser("throttle-twin");
		LoginClient client = new LoginClient(port, "127.0.0.5");
		for (int i = 1; i <= 6; i++) {
			String known = client.signIn("throttle-twin", "guess-" + i);
			String unknown = client.signIn("no-such-user-ever", "guess-" + i);
			assertThat(unknown).as("attempt %d", i).isEqualTo(known);
			assertThat(known).isEqualTo(i < 5 ? "/login?error" : "/login?throttled=1");
		}
	}

	@Test
	void twenty_failures_from_one_address_lock_it_for_everyone_signing_in_from_there() throws Exception {
		LoginClient client = new LoginClient(port, "127.0.0.6");
		for (int i = 1; i <= 19; i++) {
			assertThat(client.signIn("spray-" + i, "guess")).isEqualTo("/login?error");
		}
		assertThat(client.signIn("spray-20", "guess")).isEqualTo("/login?throttled=1");
		// leader's own password from that address is refused; from another address it
		// works
		assertThat(client.signIn("leader", "leader")).isEqualTo("/login?throttled=1");
		assertThat(new LoginClient(port, "127.0.0.7").signIn("leader", "leader")).isEqualTo("/");
		assertThat(outcomes("leader", "127.0.0.6")).containsExactly("THROTTLED");
	}

	/** The logged outcomes of a username (from one address, or any), newest first. */
	private List<String> outcomes(String username, String address) {
		return jdbc.sql("""
				SELECT outcome FROM sign_in_log
				WHERE username = :u AND (CAST(:a AS varchar) IS NULL OR address = :a)
				ORDER BY attempted_at DESC, id DESC""")
			.param("u", username)
			.param("a", address)
			.query(String.class)
			.list();
	}

}
