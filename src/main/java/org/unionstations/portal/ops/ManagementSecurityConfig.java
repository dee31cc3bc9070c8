package org.unionstations.portal.ops;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints (health, Prometheus) live on the management port only
 * ({@code management.server.port}, {@code PORTAL_MANAGEMENT_PORT}), which a load balancer
 * and Prometheus reach and the public does not. Spring Security's filter chain runs on
 * that port too, so this chain, ordered before the portal's sign-in chain, answers the
 * endpoint requests without a session or sign-in. {@link EndpointRequest} matches on the
 * management server only when its port differs from the public one, so the public port
 * gains nothing from this chain; and should someone set both ports the same, this chain
 * is not made at all and the endpoints need a signed-in user like every other page.
 */
@Configuration
class ManagementSecurityConfig {

	@Bean
	@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.build();
	}

}
