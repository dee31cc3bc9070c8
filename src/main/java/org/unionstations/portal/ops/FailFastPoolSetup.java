package org.unionstations.portal.ops;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link FailFastDataSource} around the portal's connection pool, after every other
 * set-up of the pool (last in order), so Hibernate, JdbcClient, Flyway and the health
 * check all go through it; metrics and health still find the Hikari pool inside it.
 */
@Component
class FailFastPoolSetup implements BeanPostProcessor, Ordered {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof HikariDataSource pool ? new FailFastDataSource(pool) : bean;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
