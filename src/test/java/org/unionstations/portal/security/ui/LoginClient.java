package org.unionstations.portal.security.ui;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's sign-in, in plain HTTP: open the login page (session cookie, and the CSRF
 * token from the page's {@code _csrf} meta tags, as the vaadin-login-form reads them),
 * then post the form. Sends from the loopback address it is given, so tests that fail on
 * purpose count against an address of their own, not against 127.0.0.1, which every
 * browser test signs in from. Also used by the production check on the production jar.
 */
public final class LoginClient {

	/** The login page as a browser got it. */
	record LoginPage(HttpResponse<String> response, String session, String csrfParameter, String csrfToken) {
	}

	/** What the portal answered to a login POST. */
	record Answer(int status, String location, Optional<String> session, String body) {
	}

	private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

	private final int port;

	private final HttpClient http;

	public LoginClient(int port, String fromAddress) throws IOException {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.localAddress(InetAddress.getByName(fromAddress))
			.build();
	}

	LoginPage open() throws IOException, InterruptedException {
		HttpResponse<String> page = get("/login", "");
		String session = sessionCookie(page).orElseThrow(() -> new AssertionError("no session cookie"));
		String parameter = null;
		String token = null;
		Matcher meta = META.matcher(page.body());
		while (meta.find()) {
			if (meta.group(1).equals("_csrf")) {
				token = meta.group(2);
			}
			else {
				parameter = meta.group(2);
			}
		}
		if (parameter == null || token == null) {
			throw new AssertionError("the login page carries no CSRF meta tags");
		}
		return new LoginPage(page, session, parameter, token);
	}

	/**
	 * Opens the login page and signs in with its token; returns where the portal sends
	 * the browser.
	 */
	public String signIn(String username, String password) throws IOException, InterruptedException {
		return post(open(), username, password, true).location();
	}

	Answer post(LoginPage page, String username, String password, boolean withToken)
			throws IOException, InterruptedException {
		String form = "username=" + encode(username) + "&password=" + encode(password)
				+ (withToken ? "&" + encode(page.csrfParameter()) + "=" + encode(page.csrfToken()) : "");
		HttpRequest post = HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", page.session())
			.header("User-Agent", "LoginClient (JUnit)")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
		String location = answer.headers().firstValue("Location").map(l -> {
			URI to = URI.create(l);
			return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
		}).orElse("");
		return new Answer(answer.statusCode(), location, sessionCookie(answer), answer.body());
	}

	HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
		if (!session.isEmpty()) {
			request.header("Cookie", session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The {@code JSESSIONID=...} pair a response sets, if it sets one. */
	static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.map(c -> c.split(";", 2)[0])
			.findFirst();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
