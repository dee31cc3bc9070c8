package org.unionstations.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unionstations.portal.PortalIT;

/**
 * Health and metrics on the management port, as a load balancer and Prometheus read them;
 * nothing of them on the public port.
 */
@PortalIT
class ManagementPortIT {

	@LocalServerPort
	private int publicPort;

	@LocalManagementPort
	private int managementPort;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void health_reports_the_database_and_postgis_without_a_sign_in() throws Exception {
		assertThat(managementPort).isNotEqualTo(publicPort);
		HttpResponse<String> health = get(managementPort, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		DocumentContext json = JsonPath.parse(health.body());
		assertThat(json.read("$.status", String.class)).isEqualTo("UP");
		assertThat(json.read("$.components.db.status", String.class)).isEqualTo("UP");
		assertThat(json.read("$.components.db.details.database", String.class)).isEqualTo("PostgreSQL");
		assertThat(json.read("$.components.postgis.status", String.class)).isEqualTo("UP");
		assertThat(json.read("$.components.postgis.details.version", String.class)).startsWith("3.");
		assertThat(get(managementPort, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
		assertThat(get(managementPort, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
	}

	@Test
	void prometheus_reads_the_metrics_there() throws Exception {
		HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		assertThat(metrics.body()).contains("jvm_memory_used_bytes")
			.contains("hikaricp_connections_active")
			.contains("http_server_requests_seconds");
	}

	@Test
	void the_public_port_serves_no_actuator_endpoint() throws Exception {
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/prometheus",
				"/actuator/health/liveness", "/actuator/env", "/actuator/heapdump" }) {
			HttpResponse<String> answer = get(publicPort, path);
			// anonymous visitors are sent to sign in; nothing of the endpoint is answered
			assertThat(answer.statusCode()).as(path).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
			assertThat(answer.body()).as(path).doesNotContain("status").doesNotContain("jvm_");
		}
	}

	@Test
	void the_management_port_serves_nothing_but_the_endpoints() throws Exception {
		assertThat(get(managementPort, "/actuator/env").statusCode()).isNotEqualTo(200);
		assertThat(get(managementPort, "/").statusCode()).isNotEqualTo(200);
		assertThat(get(managementPort, "/stations").statusCode()).isNotEqualTo(200);
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
