package org.unionstations.portal.security;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a user has left a trace anywhere in the portal: a revision in the change log,
 * or their name in any column that records who did something. By the schema's convention
 * such columns end in {@code _by} ({@code created_by}, {@code updated_by},
 * {@code changed_by}, {@code decided_by}, ...), so tables added later are covered without
 * a change here (decision 0010).
 */
@Component
class UserTraces {

	private final JdbcClient jdbc;

	UserTraces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exist(String username) {
		List<String> checks = jdbc.sql("""
				SELECT format('EXISTS (SELECT 1 FROM %I.%I WHERE %I = :username)', c.table_schema, c.table_name,
				              c.column_name)
				FROM information_schema.columns c
				JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
				WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
				  AND c.column_name LIKE '%\\_by' AND c.data_type IN ('character varying', 'text')
				ORDER BY c.table_name, c.column_name
				""").query(String.class).list();
		if (checks.isEmpty()) {
			return false;
		}
		return jdbc.sql("SELECT " + checks.stream().collect(Collectors.joining(" OR ")))
			.param("username", username)
			.query(Boolean.class)
			.single();
	}

}
