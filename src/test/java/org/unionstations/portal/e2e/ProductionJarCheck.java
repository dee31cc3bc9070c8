package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unionstations.portal.ops.ScratchDatabase;
import org.unionstations.portal.security.ui.LoginClient;

/**
 * The production jar as an operator runs it: {@code java -jar} with {@code PORTAL_*}
 * variables, no demo profile, on an empty PostGIS database of its own. Run by
 * scripts/production-check.sh ({@code -Pproduction,production-check verify}), which
 * builds the jar in Vaadin production mode first; never part of the ordinary
 * {@code verify}. Prints {@code PRODUCTION-CHECK} figures: jar size and start time.
 */
class ProductionJarCheck {

	private static final Path JAR = Path.of(System.getProperty("portal.jar", "target/missing.jar"));

	private static final String ADMIN = "chief";

	private static final String ADMIN_PASSWORD = "Xianning-" + Long.toHexString(System.nanoTime());

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void a_new_installation_starts_from_the_jar_makes_its_administrator_and_lets_only_them_in() throws Exception {
		assertThat(JAR).exists();
		System.out.printf(Locale.ROOT, "PRODUCTION-CHECK jar %s: %.1f MB%n", JAR.getFileName(),
				Files.size(JAR) / 1024.0 / 1024.0);
		try (ScratchDatabase db = ScratchDatabase.create("production", true);
				RunningPortal portal = RunningPortal.start(db.name(), "new",
						Map.of("PORTAL_ADMIN_USERNAME", ADMIN, "PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
			assertThat(portal.log()).contains("Vaadin is running in production mode.")
				.doesNotContainIgnoringCase("running in development mode")
				.contains("Created the first administrator '" + ADMIN + "'")
				.doesNotContain("No user can sign in yet");
			assertThat(db.jdbc().sql("SELECT count(*) FROM station").query(Integer.class).single()).isZero();
			assertThat(db.jdbc().sql("SELECT username FROM app_user").query(String.class).list())
				.containsExactly(ADMIN);

			// no demo account exists: each is refused as any wrong password is
			for (String demo : List.of("admin", "planner", "leader", "operator", "operator2")) {
				assertThat(signIn(portal.port, demo, demo)).as(demo).isEqualTo("/login?error");
			}

			signInThroughChromium(portal);

			// health and metrics on the management port only
			String health = get(portal.managementPort, "/actuator/health").body();
			assertThat(JsonPath.<String>read(health, "$.status")).isEqualTo("UP");
			assertThat(JsonPath.<String>read(health, "$.components.postgis.status")).isEqualTo("UP");
			assertThat(get(portal.managementPort, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
			HttpResponse<String> publicHealth = get(portal.port, "/actuator/health");
			assertThat(publicHealth.statusCode()).isEqualTo(302);
			assertThat(publicHealth.body()).doesNotContain("UP");
		}
	}

	@Test
	void a_database_once_started_with_the_demo_data_starts_without_the_demo_profile() throws Exception {
		try (ScratchDatabase db = ScratchDatabase.create("production_demo", true)) {
			db.flyway("classpath:db/migration", "classpath:db/demo").load().migrate();
			try (RunningPortal portal = RunningPortal.start(db.name(), "was-demo", Map.of())) {
				assertThat(portal.log()).contains("This database was started with the demo data once")
					.doesNotContain("No user can sign in yet")
					.doesNotContain("not resolved locally");
				assertThat(signIn(portal.port, "planner", "planner")).isEqualTo("/");
			}
		}
	}

	private void signInThroughChromium(RunningPortal portal) throws IOException {
		WebDriver browser = BrowserSupport.startChromium();
		try {
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
			browser.get("http://localhost:" + portal.port + "/");
			wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
				.sendKeys(ADMIN);
			browser.findElement(By.cssSelector("input[name='password']")).sendKeys(ADMIN_PASSWORD, Keys.ENTER);
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), ADMIN));
			wait.until(ExpectedConditions.textToBe(By.id("station-count"), "共 0 个站点"));
			BrowserSupport.screenshot(browser, "production-signed-in");

			// signed in, the public port still has no actuator: the portal's own
			// not-found page
			browser.get("http://localhost:" + portal.port + "/actuator/prometheus");
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found-title")));
			assertThat(browser.getPageSource()).doesNotContain("jvm_memory");
		}
		finally {
			BrowserSupport.screenshot(browser, "production-last");
			browser.quit();
		}
	}

	/**
	 * Opens the login page and posts its form with the page's CSRF token, as a browser
	 * does (the login POST requires Spring's token); returns where the portal sends the
	 * browser next.
	 */
	private String signIn(int port, String username, String password) throws Exception {
		return new LoginClient(port, "127.0.0.1").signIn(username, password);
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The jar in a process of its own, its output in a file beside the jar. */
	private static final class RunningPortal implements AutoCloseable {

		private final Process process;

		private final Path logFile;

		final int port;

		final int managementPort;

		private RunningPortal(Process process, Path logFile, int port, int managementPort) {
			this.process = process;
			this.logFile = logFile;
			this.port = port;
			this.managementPort = managementPort;
		}

		static RunningPortal start(String database, String name, Map<String, String> env) throws Exception {
			int port = freePort();
			int managementPort = freePort();
			Path logFile = JAR.resolveSibling("portal-" + name + ".log");
			List<String> command = new ArrayList<>();
			command.add(ProcessHandle.current().info().command().orElse("java"));
			command.addAll(List.of("-jar", JAR.toString()));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(logFile.toFile());
			Map<String, String> environment = builder.environment();
			environment.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("PORTAL_ADMIN_"));
			environment.put("PORTAL_DB_NAME", database);
			environment.put("PORT", String.valueOf(port));
			environment.put("PORTAL_MANAGEMENT_PORT", String.valueOf(managementPort));
			environment.putAll(env);
			long started = System.nanoTime();
			RunningPortal portal = new RunningPortal(builder.start(), logFile, port, managementPort);
			portal.awaitStarted(started, name);
			return portal;
		}

		private void awaitStarted(long since, String name) throws Exception {
			long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
			while (System.nanoTime() < deadline) {
				String log = log();
				int at = log.indexOf("Started Application in ");
				if (at >= 0) {
					String line = log.substring(at, log.indexOf('\n', at) < 0 ? log.length() : log.indexOf('\n', at));
					System.out.printf(Locale.ROOT, "PRODUCTION-CHECK %s: %.1f s from java -jar to \"%s\"%n", name,
							(System.nanoTime() - since) / 1e9, line.strip());
					awaitReady(deadline);
					return;
				}
				if (!process.isAlive()) {
					throw new AssertionError("the portal stopped before it started:\n" + log);
				}
				Thread.sleep(250);
			}
			throw new AssertionError("the portal did not start within 4 minutes:\n" + log());
		}

		/**
		 * Start-up work after "Started" (the first administrator) is done once the
		 * readiness probe says so, as a load balancer would wait for it.
		 */
		private void awaitReady(long deadline) throws Exception {
			HttpClient client = HttpClient.newHttpClient();
			URI readiness = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness");
			while (System.nanoTime() < deadline) {
				HttpResponse<String> answer = client.send(HttpRequest.newBuilder(readiness).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					return;
				}
				Thread.sleep(250);
			}
			throw new AssertionError("the portal did not become ready:\n" + log());
		}

		String log() throws IOException {
			return Files.exists(logFile) ? Files.readString(logFile) : "";
		}

		@Override
		public void close() throws Exception {
			process.destroy();
			if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

	}

}
