package org.unionstations.portal.base;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Who changed what and when: entities with {@code @CreatedBy}/{@code @LastModifiedBy} get
 * the signed-in username, or {@value #SYSTEM} for work done outside a user's request
 * (migrations, start-up jobs).
 */
@Configuration
@EnableJpaAuditing
class JpaAuditingConfig {

	static final String SYSTEM = "system";

	@Bean
	AuditorAware<String> auditorAware(SecurityContextHolderStrategy securityContext) {
		return () -> Optional.of(Optional.ofNullable(securityContext.getContext().getAuthentication())
			.filter(Authentication::isAuthenticated)
			.map(Authentication::getName)
			.orElse(SYSTEM));
	}

}
