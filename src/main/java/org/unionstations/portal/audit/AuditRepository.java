package org.unionstations.portal.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Plain JDBC for the change log: it is written in batches (imports) and read as a whole
 * per entity.
 */
@Repository
class AuditRepository {

	private final JdbcTemplate jdbc;

	AuditRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes one revision per entry and its field rows, in two JDBC batches. */
	void insert(String entityType, ChangeAction action, String changedBy, Instant at,
			Map<Long, List<FieldChange>> changesByEntity) {
		if (changesByEntity.isEmpty()) {
			return;
		}
		List<Long> ids = jdbc.queryForList("SELECT nextval('change_revision_seq') FROM generate_series(1, ?)",
				Long.class, changesByEntity.size());
		List<Object[]> revisions = new ArrayList<>();
		List<Object[]> fields = new ArrayList<>();
		int i = 0;
		for (Map.Entry<Long, List<FieldChange>> entry : changesByEntity.entrySet()) {
			long revisionId = ids.get(i++);
			revisions.add(new Object[] { revisionId, entityType, entry.getKey(), action.name(), Timestamp.from(at),
					changedBy });
			for (FieldChange change : entry.getValue()) {
				fields.add(new Object[] { revisionId, change.field(), change.oldValue(), change.newValue() });
			}
		}
		jdbc.batchUpdate("INSERT INTO change_revision (id, entity_type, entity_id, action, changed_at, changed_by) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", revisions);
		jdbc.batchUpdate(
				"INSERT INTO change_revision_field (revision_id, field, old_value, new_value) VALUES (?, ?, ?, ?)",
				fields);
	}

	List<Revision> findByEntity(String entityType, long entityId) {
		Map<Long, Revision> revisions = new LinkedHashMap<>();
		Map<Long, List<FieldChange>> fields = new LinkedHashMap<>();
		jdbc.query("""
				SELECT r.id, r.action, r.changed_at, r.changed_by, f.field, f.old_value, f.new_value
				FROM change_revision r LEFT JOIN change_revision_field f ON f.revision_id = r.id
				WHERE r.entity_type = ? AND r.entity_id = ?
				ORDER BY r.changed_at DESC, r.id DESC, f.field
				""", (RowCallbackHandler) rs -> {
			long id = rs.getLong("id");
			if (!revisions.containsKey(id)) {
				revisions.put(id, new Revision(id, ChangeAction.valueOf(rs.getString("action")),
						rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), List.of()));
				fields.put(id, new ArrayList<>());
			}
			if (rs.getString("field") != null) {
				fields.get(id)
					.add(new FieldChange(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")));
			}
		}, entityType, entityId);
		return revisions.values()
			.stream()
			.map(r -> new Revision(r.id(), r.action(), r.changedAt(), r.changedBy(), fields.get(r.id())))
			.toList();
	}

}
