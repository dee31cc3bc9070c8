package org.unionstations.portal.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what and when. Features call it inside their own write transaction, so a
 * change and its history are committed together or not at all; reading the history is
 * authorized by the calling feature's service.
 */
@Service
public class AuditLog {

	private final AuditRepository repository;

	private final SecurityContextHolderStrategy securityContext;

	AuditLog(AuditRepository repository, SecurityContextHolderStrategy securityContext) {
		this.repository = repository;
		this.securityContext = securityContext;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, long entityId, ChangeAction action, List<FieldChange> changes) {
		if (action == ChangeAction.UPDATE && changes.isEmpty()) {
			return;
		}
		repository.insert(entityType, action, currentUsername(), Instant.now(), Map.of(entityId, changes));
	}

	/** One revision for each entity, written in one batch (imports). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(String entityType, ChangeAction action, Map<Long, List<FieldChange>> changesByEntity) {
		repository.insert(entityType, action, currentUsername(), Instant.now(), changesByEntity);
	}

	/**
	 * Newest first. Callers check that the user may see the entity; this only requires a
	 * signed-in user.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
	public List<Revision> history(String entityType, long entityId) {
		return repository.findByEntity(entityType, entityId);
	}

	private String currentUsername() {
		Authentication auth = securityContext.getContext().getAuthentication();
		return auth != null && auth.isAuthenticated() ? auth.getName() : "system";
	}

}
