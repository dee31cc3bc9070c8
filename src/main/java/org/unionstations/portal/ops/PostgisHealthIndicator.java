package org.unionstations.portal.ops;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Health of the spatial half of the database: the portal cannot show a map, a radius or a
 * coverage report without PostGIS, even when PostgreSQL itself answers. Reported as
 * {@code postgis} beside Spring Boot's own {@code db} check on the management port.
 */
@Component("postgis")
class PostgisHealthIndicator extends AbstractHealthIndicator {

	private final JdbcTemplate jdbc;

	PostgisHealthIndicator(JdbcTemplate jdbc) {
		super("PostGIS is not available in the portal database");
		this.jdbc = jdbc;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		String version = jdbc.queryForObject("SELECT postgis_version()", String.class);
		builder.up().withDetail("version", version);
	}

}
